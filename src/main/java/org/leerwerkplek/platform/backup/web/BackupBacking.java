package org.leerwerkplek.platform.backup.web;

import java.time.Clock;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.backup.BackupInfo;
import org.leerwerkplek.platform.backup.BackupService;
import org.leerwerkplek.platform.backup.BackupSettings;
import org.leerwerkplek.platform.web.FacesMessages;

/** The backup page for admins ({@code /admin/backups.xhtml}). */
@Named("backups")
@ViewScoped
public class BackupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BackupService service;

    @Inject
    Clock clock;

    private transient List<BackupInfo> items;

    public void backupNow() {
        try {
            BackupInfo made = service.backupNow();
            FacesMessages.info("backup.made", made.name());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        items = null;
    }

    public List<BackupInfo> getItems() {
        if (items == null) {
            items = service.list();
        }
        return items;
    }

    public boolean isSupported() {
        return service.isSupported();
    }

    public BackupSettings getSettings() {
        return service.settings();
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(clock.getZone()).format(instant);
    }

    /** The size in MB, one decimal, in the page's language. */
    public String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / 1_048_576.0) + "\u00A0MB";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
