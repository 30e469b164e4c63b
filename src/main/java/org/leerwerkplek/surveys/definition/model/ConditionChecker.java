package org.leerwerkplek.surveys.definition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;

/**
 * Checks a parsed condition against what it may reference (README 6.2 and 6.4): every code
 * exists and may be used here, every option, item and {@code na} code exists in its question, and
 * every operator fits the question's type.
 */
public final class ConditionChecker {

    /** What a code in a condition names: a question that may be used, or why it cannot be used. */
    public sealed interface Resolution permits Found, Broken, Refused {
    }

    /** The code names a question (or a criterion, seen as a {@code single} question) that may be used. */
    public record Found(Question question) implements Resolution {
    }

    /** The code names a question that has errors of its own (already reported): nothing more to check. */
    public record Broken() implements Resolution {
    }

    /** The code cannot be used here: {@code reason} says what is wrong, {@code hint} (may be empty) what to do. */
    public record Refused(String reason, String hint) implements Resolution {
        public Refused(String reason) {
            this(reason, "");
        }
    }

    private enum Target { CHOICE, SET, NUMBER, POSITION, SCALE, ANSWERED_ONLY }

    private final Function<String, Resolution> scope;
    private final String text;
    private final List<String> problems = new ArrayList<>();

    private ConditionChecker(Function<String, Resolution> scope, String text) {
        this.scope = scope;
        this.text = text;
    }

    /** The problems of {@code condition} (written as {@code text}); empty when it is correct. */
    public static List<String> check(Condition condition, String text, Function<String, Resolution> scope) {
        ConditionChecker checker = new ConditionChecker(scope, text);
        checker.visit(condition);
        return List.copyOf(checker.problems);
    }

    private void visit(Condition condition) {
        if (condition instanceof Condition.Or or) {
            visit(or.left());
            visit(or.right());
        } else if (condition instanceof Condition.And and) {
            visit(and.left());
            visit(and.right());
        } else if (condition instanceof Condition.Not not) {
            visit(not.operand());
        } else if (condition instanceof Condition.Answered answered) {
            resolve(answered.reference());
        } else if (condition instanceof Condition.Comparison comparison) {
            resolve(comparison.reference()).ifPresent(q -> comparison(q, comparison));
        } else if (condition instanceof Condition.In in) {
            resolve(in.reference()).ifPresent(q -> in(q, in));
        } else if (condition instanceof Condition.Contains contains) {
            resolve(contains.reference()).ifPresent(q -> contains(q, contains));
        }
    }

    /** The question of {@code reference} if it may be used and its item exists. */
    private Optional<Question> resolve(Condition.Reference reference) {
        Resolution resolution = scope.apply(reference.question());
        if (resolution instanceof Refused refused) {
            problem(refused.reason(), refused.hint());
            return Optional.empty();
        }
        if (resolution instanceof Broken) {
            return Optional.empty();
        }
        Question question = ((Found) resolution).question();
        if (reference.item().isPresent()) {
            String item = reference.item().get();
            if (question.type() == QuestionType.LIKERT_MATRIX) {
                if (question.item(item).isEmpty()) {
                    problem("unknown item " + item, question.code() + " has "
                            + codes(question.items().stream().map(Option::code).toList()));
                    return Optional.empty();
                }
            } else if (question.type() == QuestionType.RANKING) {
                if (question.option(item).isEmpty()) {
                    problem("unknown option " + item, question.code() + " has " + codes(question.answerCodes()));
                    return Optional.empty();
                }
            } else {
                problem(question.code() + " is a " + question.type() + " question and has no parts", "only "
                        + "likert-matrix items and ranking options can be written as " + question.code() + "." + item);
                return Optional.empty();
            }
        }
        return Optional.of(question);
    }

    private static Target target(Question question, Condition.Reference reference) {
        if (reference.item().isPresent()) {
            return question.type() == QuestionType.RANKING ? Target.POSITION : Target.SCALE;
        }
        return switch (question.type()) {
            case SINGLE, YESNO -> Target.CHOICE;
            case MULTIPLE, RANKING -> Target.SET;
            case NUMBER -> Target.NUMBER;
            case LIKERT -> Target.SCALE;
            case TEXT, LONGTEXT, DATE, LIKERT_MATRIX -> Target.ANSWERED_ONLY;
        };
    }

    private void comparison(Question question, Condition.Comparison comparison) {
        Condition.Reference reference = comparison.reference();
        Condition.Operator operator = comparison.operator();
        switch (target(question, reference)) {
            case CHOICE -> {
                if (operator.isOrdering()) {
                    problem("operator " + operator + " is not allowed on " + reference + " (" + question.type() + ")",
                            "use ==, != or in");
                } else {
                    choiceValue(question, reference, comparison.value());
                }
            }
            case SET -> problem("operator " + operator + " is not allowed on " + reference + " (" + question.type()
                    + ")", "use contains or in");
            case NUMBER, POSITION -> numberValue(question, reference, comparison.value());
            case SCALE -> {
                if (comparison.value() instanceof Condition.CodeValue && operator.isOrdering()) {
                    problem("operator " + operator + " needs a number", "the na code of " + reference
                            + " can only be compared with == or !=");
                } else {
                    scaleValue(question, reference, comparison.value());
                }
            }
            case ANSWERED_ONLY -> answeredOnly(question, reference);
        }
    }

    private void in(Question question, Condition.In in) {
        Target target = target(question, in.reference());
        for (Condition.Value value : in.values()) {
            switch (target) {
                case CHOICE, SET -> choiceValue(question, in.reference(), value);
                case NUMBER, POSITION -> numberValue(question, in.reference(), value);
                case SCALE -> scaleValue(question, in.reference(), value);
                case ANSWERED_ONLY -> {
                    answeredOnly(question, in.reference());
                    return;
                }
            }
        }
    }

    private void contains(Question question, Condition.Contains contains) {
        if (target(question, contains.reference()) != Target.SET) {
            problem("contains is not allowed on " + contains.reference() + " (" + question.type() + ")",
                    "contains is only for multiple and ranking questions"
                            + (question.type().hasOptions() ? "; use == or in" : ""));
            return;
        }
        choiceValue(question, contains.reference(), new Condition.CodeValue(contains.code()));
    }

    private void choiceValue(Question question, Condition.Reference reference, Condition.Value value) {
        if (value instanceof Condition.NumberValue number) {
            problem(reference + " (" + question.type() + ") is compared with the number " + number,
                    "compare it with one of its option codes");
            return;
        }
        String code = ((Condition.CodeValue) value).code();
        if (!question.answerCodes().contains(code)) {
            problem("unknown option " + code, question.code() + " has " + codes(question.answerCodes()));
        }
    }

    private void numberValue(Question question, Condition.Reference reference, Condition.Value value) {
        if (value instanceof Condition.CodeValue code) {
            String what = reference.item().isPresent() ? "the rank of " + reference.item().get() + " in "
                    + question.code() : reference + " (" + question.type() + ")";
            problem(what + " is a number but is compared with the code " + code, "compare it with a number");
        }
    }

    private void scaleValue(Question question, Condition.Reference reference, Condition.Value value) {
        if (value instanceof Condition.CodeValue code) {
            Scale scale = question.scale().orElseThrow();
            Optional<String> na = scale.na().map(Option::code);
            if (na.isEmpty()) {
                problem("unknown code " + code + " for " + reference, "scale " + scale.name() + " ("
                        + scale.describe() + ") has no na code; compare it with a number");
            } else if (!na.get().equals(code.code())) {
                problem("unknown code " + code + " for " + reference, "scale " + scale.name() + ": "
                        + scale.describe());
            }
        }
    }

    private void answeredOnly(Question question, Condition.Reference reference) {
        problem(reference + " is a " + question.type() + " question", "only answered(" + reference
                + ") can be used on it");
    }

    /** Records a problem as {@code reason in "condition" (hint)}. */
    private void problem(String reason, String hint) {
        problems.add(reason + " in \"" + text + "\"" + (hint.isEmpty() ? "" : " (" + hint + ")"));
    }

    private static String codes(List<String> codes) {
        return codes.size() <= 12 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 12)) + ", …";
    }
}
