package org.leerwerkplek.surveys.definition.condition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the condition language of README section 6 into a {@link Condition}:
 *
 * <pre>
 * condition  = or_expr ;
 * or_expr    = and_expr , { "or" , and_expr } ;
 * and_expr   = not_expr , { "and" , not_expr } ;
 * not_expr   = "not" , not_expr | primary ;
 * primary    = "(" , or_expr , ")" | "answered" , "(" , ref , ")"
 *            | ref , compare_op , value | ref , "in" , "[" , value , { "," , value } , "]"
 *            | ref , "contains" , CODE ;
 * </pre>
 *
 * Keywords are lowercase, codes UPPERCASE, numbers use a decimal point. Only the syntax is
 * checked here; whether the codes exist is checked by the definition parsers.
 */
public final class ConditionParser {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "contains", "answered");

    private final List<Token> tokens;
    private int next;

    private ConditionParser(String text) {
        this.tokens = tokenize(text);
    }

    /**
     * Parses {@code text}.
     *
     * @throws ConditionSyntaxException with the 1-based column of the problem
     */
    public static Condition parse(String text) {
        ConditionParser parser = new ConditionParser(text);
        if (parser.peek().kind() == Kind.END) {
            throw new ConditionSyntaxException("the condition is empty", 1);
        }
        Condition condition = parser.orExpression();
        Token after = parser.peek();
        if (after.kind() != Kind.END) {
            String hint = after.kind() == Kind.CODE && KEYWORDS.contains(after.text().toLowerCase(Locale.ROOT))
                    ? " (keywords are lowercase: write " + after.text().toLowerCase(Locale.ROOT) + ")"
                    : "";
            throw parser.expected("and, or or the end of the condition", after, hint);
        }
        return condition;
    }

    private Condition orExpression() {
        Condition left = andExpression();
        while (peekKeyword("or")) {
            next++;
            left = new Condition.Or(left, andExpression());
        }
        return left;
    }

    private Condition andExpression() {
        Condition left = notExpression();
        while (peekKeyword("and")) {
            next++;
            left = new Condition.And(left, notExpression());
        }
        return left;
    }

    private Condition notExpression() {
        if (peekKeyword("not")) {
            next++;
            return new Condition.Not(notExpression());
        }
        return primary();
    }

    private Condition primary() {
        Token token = peek();
        if (token.kind() == Kind.LPAREN) {
            next++;
            Condition inner = orExpression();
            expect(Kind.RPAREN, "\")\"");
            return inner;
        }
        if (peekKeyword("answered")) {
            next++;
            expect(Kind.LPAREN, "\"(\" after answered");
            Condition.Reference reference = reference();
            expect(Kind.RPAREN, "\")\"");
            return new Condition.Answered(reference);
        }
        if (token.kind() != Kind.CODE) {
            throw expected("a question code, answered(…), not or \"(\"", token, "");
        }
        Condition.Reference reference = reference();
        Token operator = peek();
        if (operator.kind() == Kind.OPERATOR) {
            next++;
            Condition.Value value = value();
            rejectDecimalComma();
            return new Condition.Comparison(reference, operatorFor(operator.text()), value);
        }
        if (peekKeyword("in")) {
            next++;
            expect(Kind.LBRACKET, "\"[\" after in");
            List<Condition.Value> values = new ArrayList<>();
            values.add(value());
            while (peek().kind() == Kind.COMMA) {
                next++;
                values.add(value());
            }
            expect(Kind.RBRACKET, "\",\" or \"]\"");
            return new Condition.In(reference, values);
        }
        if (peekKeyword("contains")) {
            next++;
            Token code = peek();
            if (code.kind() != Kind.CODE) {
                throw expected("an option code after contains", code, "");
            }
            next++;
            return new Condition.Contains(reference, code.text());
        }
        throw expected("==, !=, <, <=, >, >=, in or contains after " + reference, operator, "");
    }

    private Condition.Reference reference() {
        Token question = peek();
        if (question.kind() != Kind.CODE) {
            throw expected("a question code", question, "");
        }
        next++;
        if (peek().kind() != Kind.DOT) {
            return Condition.Reference.to(question.text());
        }
        next++;
        Token item = peek();
        if (item.kind() != Kind.CODE) {
            throw expected("an item or option code after \"" + question.text() + ".\"", item, "");
        }
        next++;
        return Condition.Reference.to(question.text(), item.text());
    }

    private Condition.Value value() {
        Token token = peek();
        if (token.kind() == Kind.CODE) {
            next++;
            return new Condition.CodeValue(token.text());
        }
        if (token.kind() == Kind.NUMBER) {
            next++;
            return new Condition.NumberValue(new BigDecimal(token.text()));
        }
        throw expected("a code or a number", token, "");
    }

    private void rejectDecimalComma() {
        Token previous = tokens.get(next - 1);
        if (previous.kind() == Kind.NUMBER && peek().kind() == Kind.COMMA
                && tokens.get(next + 1).kind() == Kind.NUMBER) {
            throw new ConditionSyntaxException("write decimals with a point (" + previous.text() + "."
                    + tokens.get(next + 1).text() + "), not a comma", peek().column());
        }
    }

    private void expect(Kind kind, String description) {
        Token token = peek();
        if (token.kind() != kind) {
            throw expected(description, token, "");
        }
        next++;
    }

    private boolean peekKeyword(String keyword) {
        Token token = peek();
        return token.kind() == Kind.KEYWORD && token.text().equals(keyword);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private ConditionSyntaxException expected(String what, Token found, String hint) {
        return new ConditionSyntaxException("expected " + what + " but found " + found.describe() + hint,
                found.column());
    }

    private static Condition.Operator operatorFor(String symbol) {
        for (Condition.Operator operator : Condition.Operator.values()) {
            if (operator.symbol().equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalStateException("unknown operator " + symbol);
    }

    private enum Kind { CODE, NUMBER, KEYWORD, OPERATOR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, END }

    private record Token(Kind kind, String text, int column) {
        String describe() {
            return switch (kind) {
                case END -> "the end of the condition";
                case CODE -> "code " + text;
                case NUMBER -> "number " + text;
                default -> "\"" + text + "\"";
            };
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i + 1;
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new ConditionSyntaxException("a condition must be written on one line", column);
            } else if (isLetter(c)) {
                int end = i;
                while (end < text.length() && (isLetter(text.charAt(end)) || isDigit(text.charAt(end))
                        || text.charAt(end) == '_')) {
                    end++;
                }
                String word = text.substring(i, end);
                tokens.add(word(word, column));
                i = end;
            } else if (isDigit(c) || (c == '-' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                int end = i + 1;
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == '.') {
                    if (end + 1 >= text.length() || !isDigit(text.charAt(end + 1))) {
                        throw new ConditionSyntaxException("expected digits after the decimal point", end + 2);
                    }
                    end++;
                    while (end < text.length() && isDigit(text.charAt(end))) {
                        end++;
                    }
                }
                if (end < text.length() && (isLetter(text.charAt(end)) || text.charAt(end) == '_')) {
                    throw new ConditionSyntaxException("a code must start with a letter: "
                            + text.substring(i, wordEnd(text, end)), column);
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end), column));
                i = end;
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                boolean withEquals = i + 1 < text.length() && text.charAt(i + 1) == '=';
                if ((c == '=' || c == '!') && !withEquals) {
                    throw new ConditionSyntaxException(c == '='
                            ? "use == to compare" : "use != (not equal) or the keyword not", column);
                }
                String symbol = withEquals ? text.substring(i, i + 2) : String.valueOf(c);
                tokens.add(new Token(Kind.OPERATOR, symbol, column));
                i += symbol.length();
            } else {
                Kind kind = switch (c) {
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case '[' -> Kind.LBRACKET;
                    case ']' -> Kind.RBRACKET;
                    case ',' -> Kind.COMMA;
                    case '.' -> Kind.DOT;
                    default -> throw new ConditionSyntaxException(c == '"' || c == '\''
                            ? "quotes are not allowed inside a condition"
                            : "unexpected character '" + c + "'", column);
                };
                tokens.add(new Token(kind, String.valueOf(c), column));
                i++;
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }

    private static Token word(String word, int column) {
        if (KEYWORDS.contains(word)) {
            return new Token(Kind.KEYWORD, word, column);
        }
        if (word.matches("[A-Z][A-Z0-9_]*")) {
            return new Token(Kind.CODE, word, column);
        }
        Optional<String> keyword = KEYWORDS.stream().filter(k -> k.equalsIgnoreCase(word)).findFirst();
        if (keyword.isPresent()) {
            throw new ConditionSyntaxException("unknown word '" + word + "'; keywords are lowercase: write "
                    + keyword.get(), column);
        }
        throw new ConditionSyntaxException("unknown word '" + word + "'; keywords are lowercase (and, or, not, "
                + "in, contains, answered) and codes UPPERCASE", column);
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && (isLetter(text.charAt(end)) || isDigit(text.charAt(end))
                || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
