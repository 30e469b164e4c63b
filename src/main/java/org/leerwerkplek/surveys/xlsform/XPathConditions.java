package org.leerwerkplek.surveys.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Translates an XLSForm {@code relevant} expression (ODK XPath) into the engine's condition language
 * (surveys/README.md section 6), where that language can express it: {@code and}, {@code or},
 * {@code not()}, parentheses, {@code selected(${q}, 'x')}, {@code ${q} = 'x'} and {@code !=} on a
 * select_one, numeric comparisons on a number, {@code ${q} != ''} / {@code = ''},
 * {@code string-length(${q}) > 0} and {@code count-selected(${q}) > 0} as "answered".
 * <p>
 * XPath treats an unanswered question as an empty value, so {@code ${q} != 'x'} is true when {@code q}
 * is unanswered; the engine's {@code !=} is false then (README 6.3), so {@code !=} becomes
 * {@code not Q == X}, which keeps XPath's meaning.
 * <p>
 * Anything else (other functions, arithmetic, absolute paths, {@code .}, comparisons on text or date
 * answers, references to questions not converted before this row) is refused with a reason.
 */
public final class XPathConditions {

    /** What the translator knows of a converted question. */
    public enum Kind { SINGLE, MULTIPLE, RANKING, NUMBER, TEXT, DATE }

    /** A question converted before the row being translated: its code, kind and option codes by XLSForm name. */
    public record Known(String code, Kind kind, Map<String, String> optionCodes) {
    }

    /** The translation, or the reason (a message key and its arguments) why there is none. */
    public record Result(Optional<String> condition, String reasonKey, List<String> reasonArgs) {
        static Result ok(String condition) {
            return new Result(Optional.of(condition), "", List.of());
        }
    }

    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;
        final List<String> args;

        Refused(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }
    }

    private final Function<String, Optional<Known>> questions;

    public XPathConditions(Function<String, Optional<Known>> questions) {
        this.questions = questions;
    }

    public Result translate(String xpath) {
        try {
            List<Token> tokens = tokens(xpath);
            Parser parser = new Parser(tokens);
            Node node = parser.or();
            if (!parser.atEnd()) {
                Token left = parser.peek();
                throw new Refused(left.kind.equals("other") ? "xlsform.xpath.expression" : "xlsform.xpath.syntax",
                        left.text);
            }
            return Result.ok(condition(node, true));
        } catch (Refused e) {
            return new Result(Optional.empty(), e.key, e.args);
        }
    }

    // --- translation ------------------------------------------------------------------------

    private String condition(Node node, boolean top) {
        if (node instanceof Or or) {
            return wrap(join(or.parts, " or "), top);
        }
        if (node instanceof And and) {
            return wrap(join(and.parts, " and "), top);
        }
        if (node instanceof Not not) {
            return "not (" + condition(not.inner, true) + ")";
        }
        if (node instanceof Call call) {
            return call(call);
        }
        if (node instanceof Compare compare) {
            return compare(compare);
        }
        throw new Refused("xlsform.xpath.notCondition", text(node));
    }

    private String join(List<Node> parts, String keyword) {
        List<String> out = new ArrayList<>();
        for (Node part : parts) {
            out.add(condition(part, false));
        }
        return String.join(keyword, out);
    }

    private static String wrap(String text, boolean top) {
        return top ? text : "(" + text + ")";
    }

    private String call(Call call) {
        if (call.name.equals("selected") && call.args.size() == 2) {
            Known q = ref(call.args.get(0));
            String option = option(q, literal(call.args.get(1)));
            return switch (q.kind()) {
                case MULTIPLE, RANKING -> q.code() + " contains " + option;
                case SINGLE -> q.code() + " == " + option;
                default -> throw new Refused("xlsform.xpath.notSelect", q.code());
            };
        }
        if (call.name.equals("true") || call.name.equals("false")) {
            throw new Refused("xlsform.xpath.constant", call.name + "()");
        }
        throw new Refused("xlsform.xpath.function", call.name + "()");
    }

    private String compare(Compare c) {
        Node left = c.left;
        Node right = c.right;
        String op = c.op;
        if (!(left instanceof Ref) && !(left instanceof Call) && (right instanceof Ref || right instanceof Call)) {
            Node t = left;
            left = right;
            right = t;
            op = mirror(op);
        }
        if (left instanceof Call call && (call.name.equals("count-selected") || call.name.equals("string-length"))
                && call.args.size() == 1 && right instanceof Num num) {
            Known q = ref(call.args.get(0));
            return answeredTest(q, op, num.text);
        }
        if (!(left instanceof Ref)) {
            throw new Refused("xlsform.xpath.notCondition", text(c));
        }
        Known q = ref(left);
        if (right instanceof Str str && str.text.isEmpty()) {
            return switch (op) {
                case "!=" -> "answered(" + q.code() + ")";
                case "=" -> "not answered(" + q.code() + ")";
                default -> throw new Refused("xlsform.xpath.notCondition", text(c));
            };
        }
        if (q.kind() == Kind.TEXT || q.kind() == Kind.DATE) {
            throw new Refused("xlsform.xpath.compareText", q.code());
        }
        if (q.kind() == Kind.MULTIPLE || q.kind() == Kind.RANKING) {
            throw new Refused("xlsform.xpath.compareMultiple", q.code());
        }
        String value = right instanceof Str str ? str.text : right instanceof Num num ? num.text : null;
        if (value == null) {
            throw new Refused("xlsform.xpath.notCondition", text(c));
        }
        switch (q.kind()) {
            case SINGLE -> {
                String code = option(q, value);
                return switch (op) {
                    case "=" -> q.code() + " == " + code;
                    case "!=" -> "not " + q.code() + " == " + code;
                    default -> throw new Refused("xlsform.xpath.orderOnChoice", q.code());
                };
            }
            case NUMBER -> {
                if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    throw new Refused("xlsform.xpath.notNumber", q.code(), value);
                }
                return switch (op) {
                    case "=" -> q.code() + " == " + value;
                    case "!=" -> "not " + q.code() + " == " + value;
                    default -> q.code() + " " + op + " " + value;
                };
            }
            case MULTIPLE, RANKING -> throw new Refused("xlsform.xpath.compareMultiple", q.code());
            default -> throw new Refused("xlsform.xpath.compareText", q.code());
        }
    }

    private static String answeredTest(Known q, String op, String number) {
        boolean zero = number.matches("0+(\\.0+)?");
        boolean one = number.matches("0*1(\\.0+)?");
        if ((op.equals(">") || op.equals("!=")) && zero || op.equals(">=") && one) {
            return "answered(" + q.code() + ")";
        }
        if ((op.equals("=") || op.equals("<=")) && zero || op.equals("<") && one) {
            return "not answered(" + q.code() + ")";
        }
        throw new Refused("xlsform.xpath.count", q.code());
    }

    private Known ref(Node node) {
        if (node instanceof Ref ref) {
            return questions.apply(ref.name).orElseThrow(() -> new Refused("xlsform.xpath.unknownQuestion", ref.name));
        }
        throw new Refused("xlsform.xpath.notReference", text(node));
    }

    private static String literal(Node node) {
        if (node instanceof Str s) {
            return s.text;
        }
        if (node instanceof Num n) {
            return n.text;
        }
        throw new Refused("xlsform.xpath.notLiteral", text(node));
    }

    private static String option(Known q, String name) {
        String code = q.optionCodes().get(name);
        if (code == null) {
            throw new Refused("xlsform.xpath.unknownOption", q.code(), name);
        }
        return code;
    }

    private static String mirror(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    // --- syntax tree ----------------------------------------------------------------------

    private sealed interface Node permits Or, And, Not, Call, Compare, Ref, Str, Num, Other {
    }

    private record Or(List<Node> parts) implements Node {
    }

    private record And(List<Node> parts) implements Node {
    }

    private record Not(Node inner) implements Node {
    }

    private record Call(String name, List<Node> args) implements Node {
    }

    private record Compare(String op, Node left, Node right) implements Node {
    }

    private record Ref(String name) implements Node {
    }

    private record Str(String text) implements Node {
    }

    private record Num(String text) implements Node {
    }

    /** Something the translator does not handle: {@code .}, a path, arithmetic. */
    private record Other(String text) implements Node {
    }

    private static String text(Node node) {
        if (node instanceof Ref r) {
            return "${" + r.name + "}";
        }
        if (node instanceof Str str) {
            return "'" + str.text + "'";
        }
        if (node instanceof Num n) {
            return n.text;
        }
        if (node instanceof Other o) {
            return o.text;
        }
        if (node instanceof Call c) {
            return c.name + "(…)";
        }
        if (node instanceof Compare c) {
            return text(c.left) + " " + c.op + " " + text(c.right);
        }
        return "…";
    }

    private record Token(String kind, String text) {
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("${", i)) {
                int end = s.indexOf('}', i);
                if (end < 0) {
                    throw new Refused("xlsform.xpath.syntax", s.substring(i));
                }
                out.add(new Token("ref", s.substring(i + 2, end).trim()));
                i = end + 1;
            } else if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    throw new Refused("xlsform.xpath.syntax", s.substring(i));
                }
                out.add(new Token("str", s.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))
                    && (out.isEmpty() || out.get(out.size() - 1).kind.equals("op")
                            || out.get(out.size() - 1).text.equals("(") || out.get(out.size() - 1).text.equals(","))) {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token("num", s.substring(i, j)));
                i = j;
            } else if (s.startsWith("!=", i) || s.startsWith("<=", i) || s.startsWith(">=", i)) {
                out.add(new Token("op", s.substring(i, i + 2)));
                i += 2;
            } else if (c == '=' || c == '<' || c == '>') {
                out.add(new Token("op", String.valueOf(c)));
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(new Token("punct", String.valueOf(c)));
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '-' || s.charAt(j) == ':' || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token("name", s.substring(i, j)));
                i = j;
            } else {
                // '.', '/', '+', '*', '|', '[' … : not something a condition of the engine can hold
                out.add(new Token("other", String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int at;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return at >= tokens.size();
        }

        Token peek() {
            if (atEnd()) {
                throw new Refused("xlsform.xpath.syntax", "…");
            }
            return tokens.get(at);
        }

        boolean accept(String text) {
            if (!atEnd() && tokens.get(at).text.equals(text) && !tokens.get(at).kind.equals("str")) {
                at++;
                return true;
            }
            return false;
        }

        void expect(String text) {
            if (!accept(text)) {
                throw new Refused("xlsform.xpath.syntax", atEnd() ? "…" : tokens.get(at).text);
            }
        }

        Node or() {
            List<Node> parts = new ArrayList<>(List.of(and()));
            while (accept("or")) {
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        Node and() {
            List<Node> parts = new ArrayList<>(List.of(compare()));
            while (accept("and")) {
                parts.add(compare());
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        Node compare() {
            Node left = primary();
            if (!atEnd() && tokens.get(at).kind.equals("op")) {
                String op = tokens.get(at++).text;
                Node right = primary();
                return new Compare(op, left, right);
            }
            return left;
        }

        Node primary() {
            Token t = peek();
            at++;
            switch (t.kind) {
                case "ref":
                    return new Ref(t.text);
                case "str":
                    return new Str(t.text);
                case "num":
                    return new Num(t.text);
                case "punct":
                    if (t.text.equals("(")) {
                        Node inner = or();
                        expect(")");
                        return inner;
                    }
                    throw new Refused("xlsform.xpath.syntax", t.text);
                case "name":
                    if (accept("(")) {
                        List<Node> args = new ArrayList<>();
                        if (!accept(")")) {
                            do {
                                args.add(or());
                            } while (accept(","));
                            expect(")");
                        }
                        if (t.text.equals("not") && args.size() == 1) {
                            return new Not(args.get(0));
                        }
                        return new Call(t.text, args);
                    }
                    return new Other(t.text);
                default:
                    throw new Refused("xlsform.xpath.expression", t.text);
            }
        }
    }
}
