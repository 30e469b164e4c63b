package org.leerwerkplek.platform.i18n;

/** The {@code msg} bundle in Dutch (without it, Dutch would fall back to the JVM's default locale first). */
public class PageTexts_nl extends PageTexts {

    public PageTexts_nl() {
        super(Messages.DUTCH);
    }
}
