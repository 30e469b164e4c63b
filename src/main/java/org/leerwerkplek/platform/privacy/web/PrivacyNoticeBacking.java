package org.leerwerkplek.platform.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Period;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leerwerkplek.platform.privacy.PrivacyService;
import org.leerwerkplek.platform.privacy.RetentionRule;
import org.leerwerkplek.platform.web.FacesMessages;

/**
 * The public privacy page ({@code /privacy.xhtml}, linked from the foot of every page): what is
 * kept and why (texts), how long (every retention rule with the period its setting gives now) and
 * whom to ask ({@code lwp.privacy.contact}: an e-mail address or a line of text).
 */
@Named("privacyNotice")
@RequestScoped
public class PrivacyNoticeBacking {

    @Inject
    PrivacyService service;

    @Inject
    @ConfigProperty(name = "lwp.privacy.contact", defaultValue = " ")
    String contact;

    private List<RetentionRule> rules;

    public List<RetentionRule> getRules() {
        if (rules == null) {
            rules = service.rules();
        }
        return rules;
    }

    /** "6 months", "30 days", "5 years" in the page's language. */
    public String period(RetentionRule rule) {
        return text(rule.period());
    }

    static String text(Period period) {
        long months = period.toTotalMonths();
        if (months > 0 && months % 12 == 0) {
            return FacesMessages.text("privacy.notice.years", months / 12);
        }
        return months > 0 ? FacesMessages.text("privacy.retention.months", months)
                : FacesMessages.text("privacy.retention.days", period.getDays());
    }

    /** The configured contact, trimmed; empty when none is configured. */
    public String getContact() {
        return contact == null ? "" : contact.strip();
    }

    /** Whether the contact is an e-mail address (shown as a mail link). */
    public boolean isContactAddress() {
        return getContact().matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    }
}
