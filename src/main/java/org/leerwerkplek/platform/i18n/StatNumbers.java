package org.leerwerkplek.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Statistics as people read them: in the reader's locale (decimal comma in Dutch and French),
 * rounded to what matters (p to three decimals and "p &lt; 0,001" below that, χ² and z to two),
 * never a negative zero ("-0" becomes "0"). Pages, reports, the plain-language readings and
 * the monitors format through it; the API and the XLSX workbook keep full precision and
 * do not. Grouping and the space before a French "%" are no-break spaces (U+00A0), which every
 * font and the PDF's standard fonts carry. A value that is not a number (NaN, infinite) reads "–".
 */
public final class StatNumbers {

    /** The smallest p-value written as a number; below it, "p &lt; 0,001". */
    public static final double SMALLEST_P = 0.001;
    private static final int P_DECIMALS = 3;
    private static final int STATISTIC_DECIMALS = 2;
    private static final String NOT_A_NUMBER = "–";
    private static final char NO_BREAK_SPACE = '\u00a0';

    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    private StatNumbers(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /** Numbers for a reader of {@code locale}; Dutch for a language the product does not speak. */
    public static StatNumbers of(Locale locale) {
        return new StatNumbers(Messages.supported(locale));
    }

    /** Numbers for a reader of the language {@code code} ({@code nl}, {@code fr}, {@code en}). */
    public static StatNumbers of(String languageCode) {
        return of(Messages.supported(languageCode));
    }

    public Locale locale() {
        return locale;
    }

    /** {@code value} with exactly {@code decimals} decimals, rounded half up: "2,00". */
    public String fixed(double value, int decimals) {
        return format(value, decimals, decimals);
    }

    /** {@code value} with at most {@code decimals} decimals: "30,5", "30". */
    public String upTo(double value, int decimals) {
        return format(value, 0, decimals);
    }

    /** A count, weighted counts with at most one decimal: "92", "87,4". */
    public String count(double value) {
        return upTo(value, 1);
    }

    /** A whole number with the locale's grouping: "1.234" (NL), "1 234" (FR), "1,234" (EN). */
    public String integer(long value) {
        return format(value, 0, 0);
    }

    /** A percentage (0–100) with at most {@code decimals} decimals and the sign: "30,5%" (NL, EN), "30,5 %" (FR). */
    public String percent(double value, int decimals) {
        String number = upTo(value, decimals);
        return isFrench() ? number + NO_BREAK_SPACE + "%" : number + "%";
    }

    /** The number of a p-value: "0,368", or "&lt; 0,001" below {@link #SMALLEST_P}. */
    public String p(double p) {
        if (Double.isNaN(p)) {
            return NOT_A_NUMBER;
        }
        return p < SMALLEST_P ? "< " + fixed(SMALLEST_P, P_DECIMALS) : fixed(p, P_DECIMALS);
    }

    /** A p-value as a clause: "p = 0,368" or "p &lt; 0,001" (never "p = &lt; 0,001"). */
    public String pClause(double p) {
        return p < SMALLEST_P ? "p " + p(p) : "p = " + p(p);
    }

    /** A test statistic such as χ², z or Cramér's V: two decimals, "2,00". */
    public String statistic(double value) {
        return fixed(value, STATISTIC_DECIMALS);
    }

    /**
     * A chi-square test as one line: "χ² = 2,00; df = 2; p = 0,368" (semicolons where the decimal
     * separator is a comma; in French with a no-break space before each semicolon), "χ² = 2.00, df = 2,
     * p = 0.368" in English. {@code symbol} names the
     * statistic ("χ²", or "Chi²" where the font has no Greek); a null {@code p} leaves the p clause out.
     */
    public String chiSquareTest(String symbol, double chi2, int df, Double p) {
        String separator = isFrench() ? NO_BREAK_SPACE + "; " : symbols.getDecimalSeparator() == ',' ? "; " : ", ";
        StringBuilder line = new StringBuilder(symbol).append(" = ").append(statistic(chi2))
                .append(separator).append("df = ").append(integer(df));
        if (p != null) {
            line.append(separator).append(pClause(p));
        }
        return line.toString();
    }

    private String format(double value, int minDecimals, int maxDecimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NOT_A_NUMBER;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO.setScale(maxDecimals);
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded).replace('\u202f', NO_BREAK_SPACE);
    }

    private boolean isFrench() {
        return "fr".equals(locale.getLanguage());
    }
}
