package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.leerwerkplek.mentorcourse.CourseFigures;
import org.leerwerkplek.mentorcourse.CourseFiguresService;
import org.leerwerkplek.mentorcourse.FiguresCharts;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/** The course-wide figures for analysts ({@code /mentorcourse/figures.xhtml}). */
@Named("courseFigures")
@RequestScoped
public class CourseFiguresBacking {

    @Inject
    CourseFiguresService service;

    @Inject
    SecurityContext security;

    @Inject
    LocaleBacking locale;

    private CourseFigures figures;

    public void load() {
        try {
            figures = service.figures(Callers.of(security), Language.forPage(locale.getLanguage()));
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public CourseFigures getFigures() {
        return figures;
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<Focus> getFocuses() {
        return List.of(Focus.values());
    }

    /** Following mentors per frequency, stacked by focus. */
    public String getMentorsChart() {
        List<String> labels = Arrays.stream(Frequency.values())
                .map(f -> FacesMessages.text("course.frequency." + f.name())).toList();
        return FiguresCharts.bars(labels, Arrays.stream(Focus.values())
                .map(focus -> new FiguresCharts.Series(FacesMessages.text("course.focus." + focus.name()),
                        Arrays.stream(Frequency.values()).map(f -> figures.mentors().get(f).get(focus)).toList()))
                .toList(), true, false);
    }

    /** Per module: mentors it reached, that opened it and that completed it. */
    public String getModulesChart() {
        List<CourseFigures.ModuleFigures> modules = figures.modules();
        return FiguresCharts.bars(modules.stream().map(m -> m.title().text()).toList(), List.of(
                new FiguresCharts.Series(FacesMessages.text("course.figures.received"),
                        modules.stream().map(CourseFigures.ModuleFigures::received).toList()),
                new FiguresCharts.Series(FacesMessages.text("course.opened"),
                        modules.stream().map(CourseFigures.ModuleFigures::opened).toList()),
                new FiguresCharts.Series(FacesMessages.text("course.completed"),
                        modules.stream().map(CourseFigures.ModuleFigures::completed).toList())), false, false);
    }

    /** Per module: the share of correct quiz answers. */
    public String getQuizChart() {
        List<CourseFigures.ModuleFigures> modules = figures.modules();
        return FiguresCharts.bars(modules.stream().map(m -> m.title().text()).toList(), List.of(
                new FiguresCharts.Series(FacesMessages.text("course.figures.quizPercent"),
                        modules.stream().map(m -> m.quizPercent().orElse(0)).toList())), false, true);
    }
}
