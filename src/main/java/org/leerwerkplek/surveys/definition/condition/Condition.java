package org.leerwerkplek.surveys.definition.condition;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed condition of the README's expression language ({@code relevant}, {@code when}); see
 * {@link ConditionParser}. It evaluates to true or false over the {@link AnswerReader answers} so far: every
 * comparison on an unanswered question is false, and there is no third "unknown" value.
 */
public sealed interface Condition {

    /** Whether the condition holds for {@code answers}. */
    boolean evaluate(AnswerReader answers);

    /** The references the condition reads, in order of appearance, without repeats. */
    default List<Reference> references() {
        Set<Reference> found = new LinkedHashSet<>();
        collect(this, found);
        return List.copyOf(found);
    }

    private static void collect(Condition condition, Set<Reference> found) {
        if (condition instanceof Or or) {
            collect(or.left(), found);
            collect(or.right(), found);
        } else if (condition instanceof And and) {
            collect(and.left(), found);
            collect(and.right(), found);
        } else if (condition instanceof Not not) {
            collect(not.operand(), found);
        } else if (condition instanceof Answered answered) {
            found.add(answered.reference());
        } else if (condition instanceof Comparison comparison) {
            found.add(comparison.reference());
        } else if (condition instanceof In in) {
            found.add(in.reference());
        } else if (condition instanceof Contains contains) {
            found.add(contains.reference());
        }
    }

    /** A question ({@code Q07}) or a part of it ({@code Q15.K05}: a matrix item or the rank of an option). */
    record Reference(String question, Optional<String> item) {
        public Reference {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(item, "item");
        }

        public static Reference to(String question) {
            return new Reference(question, Optional.empty());
        }

        public static Reference to(String question, String item) {
            return new Reference(question, Optional.of(item));
        }

        @Override
        public String toString() {
            return item.map(i -> question + "." + i).orElse(question);
        }
    }

    /** A value on the right-hand side of a comparison: a code or a number. */
    sealed interface Value {
    }

    /** An option, item, level or {@code na} code. */
    record CodeValue(String code) implements Value {
        public CodeValue {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** A number, written with a decimal point. */
    record NumberValue(BigDecimal number) implements Value {
        public NumberValue {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public String toString() {
            return number.toPlainString();
        }
    }

    /** A comparison operator. */
    enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Whether the operator only makes sense between numbers ({@code <}, {@code <=}, {@code >}, {@code >=}). */
        public boolean isOrdering() {
            return this != EQ && this != NE;
        }

        /** Whether {@code comparison} (the sign of left compared to right) satisfies this operator. */
        public boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /** {@code left or right}; short-circuits. */
    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            return left.evaluate(answers) || right.evaluate(answers);
        }

        @Override
        public String toString() {
            return "(" + left + " or " + right + ")";
        }
    }

    /** {@code left and right}; short-circuits. */
    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            return left.evaluate(answers) && right.evaluate(answers);
        }

        @Override
        public String toString() {
            return "(" + left + " and " + right + ")";
        }
    }

    /** {@code not operand}: true exactly when the operand is false (also when it is false for lack of an answer). */
    record Not(Condition operand) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            return !operand.evaluate(answers);
        }

        @Override
        public String toString() {
            return "not " + operand;
        }
    }

    /** {@code answered(REF)}: the question, item or ranked option has an answer. */
    record Answered(Reference reference) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            return answers.isAnswered(reference);
        }

        @Override
        public String toString() {
            return "answered(" + reference + ")";
        }
    }

    /**
     * {@code REF op VALUE}. With a number, the answer's number is compared (false when it is not a
     * number, such as the {@code na} point); with a code, only {@code ==} and {@code !=} apply.
     * False when unanswered, whatever the operator.
     */
    record Comparison(Reference reference, Operator operator, Value value) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            if (value instanceof NumberValue number) {
                return answers.number(reference)
                        .map(n -> operator.holds(n.compareTo(number.number())))
                        .orElse(false);
            }
            String code = ((CodeValue) value).code();
            if (operator.isOrdering()) {
                return false;
            }
            return answers.code(reference)
                    .map(c -> operator.holds(c.equals(code) ? 0 : 1))
                    .orElse(false);
        }

        @Override
        public String toString() {
            return reference + " " + operator + " " + value;
        }
    }

    /**
     * {@code REF in [V, …]}: the answer equals one of the values; for a {@code multiple} or
     * {@code ranking} answer, at least one of the codes is chosen.
     */
    record In(Reference reference, List<Value> values) implements Condition {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public boolean evaluate(AnswerReader answers) {
            if (answers.isSetOfCodes(reference)) {
                Set<String> chosen = answers.chosen(reference);
                return values.stream().anyMatch(v -> v instanceof CodeValue c && chosen.contains(c.code()));
            }
            return values.stream().anyMatch(v -> new Comparison(reference, Operator.EQ, v).evaluate(answers));
        }

        @Override
        public String toString() {
            return reference + " in " + values.stream().map(Value::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** {@code REF contains CODE}: the option is chosen in a {@code multiple} or ranked in a {@code ranking}. */
    record Contains(Reference reference, String code) implements Condition {
        @Override
        public boolean evaluate(AnswerReader answers) {
            return answers.isSetOfCodes(reference) && answers.chosen(reference).contains(code);
        }

        @Override
        public String toString() {
            return reference + " contains " + code;
        }
    }

    /** All references of several conditions, without repeats, in order. */
    static List<Reference> referencesOf(List<Condition> conditions) {
        Set<Reference> found = new LinkedHashSet<>();
        conditions.forEach(c -> found.addAll(c.references()));
        return List.copyOf(found);
    }
}
