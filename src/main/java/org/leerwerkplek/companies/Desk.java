package org.leerwerkplek.companies;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the companies part puts on an advisor's desk (the start page): its visits this week and next,
 * the fiches of held visits not completed, the open actions it owns that are due, and its companies
 * without contact for longer than the set days. Each list is short, with the total beside it.
 *
 * @param whose          the user name whose items these are (the caller, or the advisor an admin picked)
 * @param advisors       the advisors an admin may pick (empty for anyone else)
 * @param dates          the days the desk looks at
 * @param noContactDays  the days without a visit after which a company counts as without contact
 * @param aheadDays      how far ahead an action counts as due
 */
public record Desk(String whose, List<Advisor> advisors, DeskDates dates, int noContactDays, int aheadDays,
                   Items<VisitItem> visits, Items<VisitItem> fiches, Items<DueAction> actions, Items<CompanyItem> withoutContact) {

    /** An advisor an admin may pick. */
    public record Advisor(String username, String name) {
    }

    /** A visit as the desk lists it, with its company's name. */
    public record VisitItem(long visitId, long companyId, String companyName, LocalDate date, boolean completed) {
        public VisitItem {
            Objects.requireNonNull(companyName, "companyName");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A company without contact, with its last visit (empty when it never had one). */
    public record CompanyItem(long companyId, String name, Optional<LocalDate> lastVisit) {
        public CompanyItem {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lastVisit, "lastVisit");
        }
    }

    /**
     * The first items of a list and how many there are in all.
     *
     * @param total at least {@code items.size()}
     */
    public record Items<T>(List<T> items, long total) {
        public Items {
            items = List.copyOf(items);
            if (total < items.size()) {
                throw new IllegalArgumentException("total " + total + " < " + items.size() + " items");
            }
        }

        /** How many are not listed. */
        public long more() {
            return total - items.size();
        }
    }
}
