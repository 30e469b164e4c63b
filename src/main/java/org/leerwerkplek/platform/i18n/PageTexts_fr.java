package org.leerwerkplek.platform.i18n;

import java.util.Locale;

/** The {@code msg} bundle in French. */
public class PageTexts_fr extends PageTexts {

    public PageTexts_fr() {
        super(Locale.FRENCH);
    }
}
