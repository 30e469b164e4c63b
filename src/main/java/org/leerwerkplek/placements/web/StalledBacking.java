package org.leerwerkplek.placements.web;

import java.time.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leerwerkplek.placements.PipelineFigures;
import org.leerwerkplek.placements.PlacementService;
import org.leerwerkplek.platform.security.web.Callers;

/** The desk's section of placements stalled in a phase ({@code WEB-INF/includes/placements/stalled.xhtml}). */
@Named("stalledPlacements")
@RequestScoped
public class StalledBacking {

    @Inject
    PlacementService placements;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    private List<PipelineFigures.Trace> items;

    public List<PipelineFigures.Trace> getItems() {
        if (items == null) {
            items = placements.stalled(Callers.of(security));
        }
        return items;
    }

    public LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }
}
