package org.leerwerkplek.placements.web;

import java.time.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.leerwerkplek.placements.Phase;
import org.leerwerkplek.placements.PipelineFigures;
import org.leerwerkplek.placements.PlacementService;
import org.leerwerkplek.platform.i18n.StatNumbers;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/** The pipeline page ({@code /placements/index.xhtml}): the figures of the placements the caller may see. */
@Named("pipeline")
@RequestScoped
public class PipelineBacking {


    @Inject
    PlacementService placements;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    private PipelineFigures figures;

    public PipelineFigures getFigures() {
        if (figures == null) {
            figures = placements.pipeline(Callers.of(security));
        }
        return figures;
    }

    public List<Phase> getPhases() {
        return List.of(Phase.values());
    }

    public List<String> getProvinces() {
        return new ArrayList<>(getFigures().perProvince().keySet());
    }

    public String count(Phase phase) {
        return numbers().integer(getFigures().perPhase().get(phase));
    }

    public String count(String province, Phase phase) {
        return numbers().integer(getFigures().perProvince().get(province).get(phase));
    }

    /** The median days in the phase, to one decimal in the reader's locale; a dash without completed stays. */
    public String median(Phase phase) {
        OptionalDouble median = getFigures().medianDays().get(phase);
        return median.isPresent() ? numbers().upTo(median.getAsDouble(), 1) : "–";
    }

    public String stays(Phase phase) {
        return numbers().integer(getFigures().stays().get(phase));
    }

    public String getReachedJob() {
        return numbers().integer(getFigures().reachedJob());
    }

    public String getTotal() {
        return numbers().integer(getFigures().total());
    }

    public LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    public String provinceKey(String province) {
        return province.isEmpty() ? "placement.province.none" : "company.province." + province;
    }

    /** Bars: placements now in each phase (Chart.js, as {@code p:chart} takes it). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Phase phase : Phase.values()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            lines(FacesMessages.text(phase.messageKey())).forEach(lines::add);
            labels.add(lines);
            data.add(getFigures().perPhase().get(phase));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", FacesMessages.text("placement.pipeline.count"))
                                .add("data", data).add("backgroundColor", "#1f6f8b"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** A label on lines of at most 16 characters (whole words), so a phone shows it whole. */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 16) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private StatNumbers numbers() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return StatNumbers.of(locale);
    }
}
