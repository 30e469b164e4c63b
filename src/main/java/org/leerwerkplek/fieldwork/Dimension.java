package org.leerwerkplek.fieldwork;

/** A subgroup field of the invitees, for representativeness. */
public enum Dimension {
    SIZE_CLASS("size_class"), SUBSECTOR("subsector"), REGION("region");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
