package org.leerwerkplek.fieldwork.web;

import java.time.Clock;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.leerwerkplek.fieldwork.Dimension;
import org.leerwerkplek.fieldwork.FieldworkRun;
import org.leerwerkplek.fieldwork.InviteeImport;
import org.leerwerkplek.fieldwork.MonitorService;
import org.leerwerkplek.fieldwork.WaveService;
import org.leerwerkplek.fieldwork.GroupLabels;
import org.leerwerkplek.fieldwork.LineProblem;
import org.leerwerkplek.fieldwork.Monitor;
import org.leerwerkplek.fieldwork.Representativeness;
import org.leerwerkplek.fieldwork.Wave;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.StatNumbers;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.platform.web.FacesMessages;

/** fieldwork/wave.xhtml: the monitor of one wave, its settings, its invitee import and extra reminders to lagging groups. */
@Named("wave")
@ViewScoped
public class WaveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaveService waves;

    @Inject
    Clock clock;

    @Inject
    InviteeImport invitees;

    @Inject
    FieldworkRun run;

    @Inject
    MonitorService monitors;

    private long id;
    private transient Monitor monitor;
    private transient GroupLabels labels;
    private transient Part file;
    private List<LineProblem> problems = List.of();
    private Integer version;
    private ScheduleFields schedule;

    public void load() {
        try {
            monitor = monitors.monitor(id);
            if (version == null) {
                edit(monitor.wave());
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Takes the settings of the wave into the change form, with the version they belong to. */
    private void edit(Wave wave) {
        version = wave.version();
        schedule = new ScheduleFields(wave.invitationDate(), wave.reminderMinDays(), wave.reminderMax(),
                wave.reminderLastDate(), wave.closingDate());
    }

    /** Saves the change form; a conflict or bad setting keeps what the user typed, with the message. */
    public void change() {
        try {
            Wave changed = waves.change(id, version, schedule.getInvitationDate(), schedule.getReminderMinDays(),
                    schedule.getReminderMax(), schedule.getReminderLastDate(), schedule.getClosingDate());
            edit(changed);
            FacesMessages.info("fieldwork.wave.changed");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        monitor = null;
    }

    /** Whether the wave still takes changes (it has not closed). */
    public boolean isChangeable() {
        return getMonitor() != null && !getMonitor().wave().isClosed(LocalDate.now(clock));
    }

    public Monitor getMonitor() {
        if (monitor == null) {
            load();
        }
        return monitor;
    }

    public void importCsv() {
        if (file == null) {
            FacesMessages.error("fieldwork.import.empty");
            return;
        }
        try (StrictUtf8Reader in = new StrictUtf8Reader(file.getInputStream())) {
            InviteeImport.AddOutcome outcome = invitees.importCsv(id, in);
            problems = outcome.problems();
            if (problems.isEmpty()) {
                FacesMessages.info("fieldwork.import.done", outcome.added());
            } else {
                FacesMessages.error("fieldwork.import.refused", problems.size());
            }
        } catch (IOException e) {
            FacesMessages.error("fieldwork.import.unreadable");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public void remind(Dimension dimension, String value) {
        try {
            FacesMessages.info("fieldwork.reminded", run.remindGroup(id, dimension, value),
                    group(dimension, value).text());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public String problem(LineProblem problem) {
        return FacesMessages.text("fieldwork.import.line", problem.line(),
                FacesMessages.text(problem.messageKey(), problem.arguments().toArray()));
    }

    public String verdict(Representativeness.Test test) {
        return FacesMessages.text("fieldwork.verdict." + test.verdict().name());
    }

    /** The test's chi-square, degrees of freedom and p as one line in the page's language. */
    public String test(Representativeness.Test test) {
        return numbers().chiSquareTest("χ²", test.chi2(), test.df(), test.p());
    }

    /** How many invitees are in a state, with the word for that many: "1 réponse soumise", "3 invitations envoyées". */
    public String count(String state, long count) {
        return FacesMessages.text("fieldwork.count." + state, count);
    }

    public String number(long value) {
        return numbers().integer(value);
    }

    public String percent(double value) {
        return numbers().percent(value, 1);
    }

    /** The groups of a test in the order people expect them (small to large, the register's order). */
    public List<Representativeness.Group> groups(Representativeness.Test test) {
        return labels().ordered(test.dimension(), test.groups());
    }

    /** A group of a dimension by its name in the page's language (with the language it is written in). */
    public GroupLabels.Label group(Dimension dimension, String value) {
        return labels().label(dimension, value);
    }

    private GroupLabels labels() {
        if (labels == null) {
            labels = new GroupLabels(monitors.instrument(getMonitor().wave().instrumentId()), locale());
        }
        return labels;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static StatNumbers numbers() {
        return StatNumbers.of(locale());
    }

    /** The cumulative counts per day as a Chart.js line chart. */
    public String getChart() {
        List<Monitor.Day> days = getMonitor().timeline();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(d -> labels.add(org.leerwerkplek.platform.web.DatesBacking.medium(d.date(), locale())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("fieldwork.series.invited", "#1f77b4", days, Monitor.Day::invited))
                .add(dataset("fieldwork.series.opened", "#ff7f0e", days, Monitor.Day::opened))
                .add(dataset("fieldwork.series.submitted", "#2ca02c", days, Monitor.Day::submitted))
                .add(dataset("fieldwork.series.optedOut", "#d62728", days, Monitor.Day::optedOut));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("locale", locale().toLanguageTag())
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String key, String colour, List<Monitor.Day> days,
                                                          ToLongFunction<Monitor.Day> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        days.forEach(d -> data.add(value.applyAsLong(d)));
        return Json.createObjectBuilder().add("label", FacesMessages.text(key)).add("borderColor", colour)
                .add("backgroundColor", colour).add("data", data);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<LineProblem> getProblems() {
        return problems;
    }

    /** The change form's dates and reminder rule. */
    public ScheduleFields getSchedule() {
        return schedule;
    }
}
