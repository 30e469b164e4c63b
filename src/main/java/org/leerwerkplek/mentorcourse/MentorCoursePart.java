package org.leerwerkplek.mentorcourse;

import java.util.List;
import org.leerwerkplek.platform.part.Part;

/**
 * What the mentor course part brings to the platform: its texts ({@code messages*.properties} in
 * this package's folder) and its mail templates ({@code mail/}, named in {@link MentorMails}).
 */
public final class MentorCoursePart implements Part {

    @Override
    public List<String> mailTemplates() {
        return List.of(MentorMails.CONFIRM, MentorMails.MODULE, MentorMails.REMINDER, MentorMails.DIGEST);
    }
}
