package org.leerwerkplek.surveys.definition.condition;

/** A condition that does not follow the grammar; {@link #column()} is 1-based within the condition. */
public class ConditionSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String problem;

    public ConditionSyntaxException(String problem, int column) {
        super("column " + column + ": " + problem);
        this.problem = problem;
        this.column = column;
    }

    /** Where in the condition the problem is, counting from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
