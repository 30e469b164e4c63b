package org.leerwerkplek.analysis.stats;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.leerwerkplek.platform.i18n.StatNumbers;

/**
 * Renders {@link Reading}s and {@link Reason}s as sentences from a resource bundle with the keys
 * {@code reading.<ReadingKind>} and {@code reason.<ReasonCode>}. The bundle {@value #BUNDLE} holds Dutch
 * (base), French and English. Numbers are written by the platform's {@link StatNumbers}, like every
 * statistic people read: percentages as whole numbers, p with three decimals, or "p < 0,001" below that.
 *
 * <p>Arguments of a reading template: {0} category, {1} higher group, {2} its percentage, {3} lower group,
 * {4} its percentage, {5} the p clause; of {@code reading.NOT_REPORTABLE}: {0} the rendered reason.
 * Reason templates get the reason's arguments as documented on {@link ReasonCode}.
 */
public final class Readings {

    /** The base name of the bundle with the three languages. */
    public static final String BUNDLE = "org.leerwerkplek.analysis.stats.readings";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final StatNumbers numbers;

    /** Renders with the templates of {@code bundle}; numbers follow the bundle's locale (Dutch for the base). */
    public Readings(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("nl") : bundle.getLocale();
        this.numbers = StatNumbers.of(locale);
    }

    /** Renders in the language of {@code locale} from {@value #BUNDLE}; Dutch for other languages. */
    public static Readings forLocale(Locale locale) {
        return new Readings(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String render(Reading reading) {
        return render(reading, java.util.function.UnaryOperator.identity());
    }

    /**
     * The sentence with each label of the survey's (the answer and the groups compared) passed through
     * {@code label}: a page marks them as written in the survey's language where it differs from the
     * page's (an English sentence about Dutch answers).
     */
    public String render(Reading reading, java.util.function.UnaryOperator<String> label) {
        if (reading.kind() == ReadingKind.NOT_REPORTABLE) {
            return format("reading.NOT_REPORTABLE", render(reading.reason()));
        }
        Reading.Comparison comparison = reading.comparison();
        String sentence = format("reading." + reading.kind().name(), label.apply(comparison.category()),
                label.apply(comparison.higherGroup()), percent(comparison.higherPercent()),
                label.apply(comparison.lowerGroup()), percent(comparison.lowerPercent()), pClause(comparison.p()));
        // A weighted table names its test: the design-based Rao-Scott test, not Pearson's.
        return reading.reason().code() == ReasonCode.RAO_SCOTT_USED
                ? sentence + " " + render(reading.reason(), label) : sentence;
    }

    public String render(Reason reason) {
        return render(reason, java.util.function.UnaryOperator.identity());
    }

    /** The reason with each of its texts (a row's, column's or category's label) passed through {@code label}. */
    public String render(Reason reason, java.util.function.UnaryOperator<String> label) {
        return format("reason." + reason.code().name(), reason.arguments().stream()
                .map(argument -> argument instanceof String text ? label.apply(text) : argument).toArray());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private String percent(double percent) {
        return numbers.fixed(percent, 0);
    }

    private String pClause(double p) {
        return numbers.pClause(p);
    }
}
