package org.leerwerkplek.analysis.stats;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders {@link Reading}s and {@link Reason}s as sentences from a resource bundle with the keys
 * {@code reading.<ReadingKind>}, {@code reason.<ReasonCode>}, {@code p.equals} and {@code p.below}. The
 * bundle {@value #BUNDLE} holds Dutch (base), French and English. Percentages are shown as whole numbers,
 * p with three decimals, or as "p < 0.001" below that.
 *
 * <p>Arguments of a reading template: {0} category, {1} higher group, {2} its percentage, {3} lower group,
 * {4} its percentage, {5} the p clause; of {@code reading.NOT_REPORTABLE}: {0} the rendered reason.
 * Reason templates get the reason's arguments as documented on {@link ReasonCode}.
 */
public final class Readings {

    /** The base name of the bundle with the three languages. */
    public static final String BUNDLE = "org.leerwerkplek.analysis.stats.readings";

    private static final double SMALLEST_SHOWN_P = 0.001;

    private final ResourceBundle bundle;
    private final Locale locale;

    /** Renders with the templates of {@code bundle}; numbers follow the bundle's locale (Dutch for the base). */
    public Readings(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("nl") : bundle.getLocale();
    }

    /** Renders in the language of {@code locale} from {@value #BUNDLE}; Dutch for other languages. */
    public static Readings forLocale(Locale locale) {
        return new Readings(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String render(Reading reading) {
        if (reading.kind() == ReadingKind.NOT_REPORTABLE) {
            return format("reading.NOT_REPORTABLE", render(reading.reason()));
        }
        Reading.Comparison comparison = reading.comparison();
        return format("reading." + reading.kind().name(), comparison.category(), comparison.higherGroup(),
                percent(comparison.higherPercent()), comparison.lowerGroup(), percent(comparison.lowerPercent()),
                pClause(comparison.p()));
    }

    public String render(Reason reason) {
        return format("reason." + reason.code().name(), reason.arguments().toArray());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private String percent(double percent) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent);
    }

    private String pClause(double p) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return p < SMALLEST_SHOWN_P ? format("p.below", format.format(SMALLEST_SHOWN_P))
                : format("p.equals", format.format(p));
    }
}
