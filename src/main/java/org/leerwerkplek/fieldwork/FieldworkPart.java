package org.leerwerkplek.fieldwork;

import java.util.List;
import org.leerwerkplek.platform.part.Part;

/**
 * What the fieldwork part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder) and its mail templates ({@code mail/}).
 */
public final class FieldworkPart implements Part {

    /**
     * A fieldwork invitation. Values: {@code name} (the contact), {@code company}, {@code link}
     * (the personal answering link), {@code optOutLink}, {@code closingDate}.
     */
    public static final String INVITATION = "invitation";

    /** A fieldwork reminder; the same values as {@link #INVITATION}. */
    public static final String REMINDER = "reminder";

    @Override
    public List<String> mailTemplates() {
        return List.of(INVITATION, REMINDER);
    }
}
