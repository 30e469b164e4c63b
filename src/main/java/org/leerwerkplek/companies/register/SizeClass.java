package org.leerwerkplek.companies.register;

/**
 * Size classes by the number of employees on the payroll, as the sector reports them. The
 * suitability rules treat fewer than 5 employees as a small employer, so that is the first bound.
 */
public enum SizeClass {
    FROM_0_TO_4(0, 4),
    FROM_5_TO_9(5, 9),
    FROM_10_TO_19(10, 19),
    FROM_20_TO_49(20, 49),
    FROM_50_TO_99(50, 99),
    FROM_100(100, Integer.MAX_VALUE);

    private final int lowest;
    private final int highest;

    SizeClass(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The class of {@code employees}. */
    public static SizeClass of(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("employees cannot be negative: " + employees);
        }
        for (SizeClass size : values()) {
            if (employees <= size.highest) {
                return size;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public String messageKey() {
        return "company.size." + name();
    }
}
