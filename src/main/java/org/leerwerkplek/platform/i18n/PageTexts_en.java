package org.leerwerkplek.platform.i18n;

import java.util.Locale;

/** The {@code msg} bundle in English. */
public class PageTexts_en extends PageTexts {

    public PageTexts_en() {
        super(Locale.ENGLISH);
    }
}
