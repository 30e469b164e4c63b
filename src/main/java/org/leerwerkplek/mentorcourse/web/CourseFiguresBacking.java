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
import org.leerwerkplek.mentorcourse.KnelpuntLoopService;
import org.leerwerkplek.mentorcourse.loop.LoopFigures;
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
    KnelpuntLoopService loopService;

    @Inject
    SecurityContext security;

    @Inject
    LocaleBacking locale;

    private CourseFigures figures;
    private List<KnelpuntLoopService.TableView> loop = List.of();

    public void load() {
        try {
            Language language = Language.forPage(locale.getLanguage());
            figures = service.figures(Callers.of(security), language);
            loop = loopService.acrossCompanies(Callers.of(security), language);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public CourseFigures getFigures() {
        return figures;
    }

    /** The loop from knelpunten to training across companies: one 2×2 table per knelpunt. */
    public List<KnelpuntLoopService.TableView> getLoop() {
        return loop;
    }

    /** The tables with enough companies in both groups to compare them. */
    public List<KnelpuntLoopService.TableView> getComparableLoop() {
        return loop.stream().filter(t -> t.table().comparable()).toList();
    }

    /** Per comparable knelpunt: the share of companies whose knelpunt was gone, with and without a module completed. */
    public String getLoopChart() {
        List<KnelpuntLoopService.TableView> shown = getComparableLoop();
        return FiguresCharts.bars(shown.stream().map(t -> t.table().knelpunt() + " " + t.name().text()).toList(), List.of(
                new FiguresCharts.Series(FacesMessages.text("loop.figures.trained"), shown.stream()
                        .map(t -> percent(t.table().goneShareTrained().orElse(0.0))).toList()),
                new FiguresCharts.Series(FacesMessages.text("loop.figures.untrained"), shown.stream()
                        .map(t -> percent(t.table().goneShareUntrained().orElse(0.0))).toList())), false, true);
    }

    private static long percent(double share) {
        return Math.round(100 * share);
    }

    public int getFewestToCompare() {
        return LoopFigures.FEWEST_TO_COMPARE;
    }

    /** The message key of a table's plain-language verdict. */
    public String readingKey(LoopFigures.Table table) {
        return "loop.reading." + table.reading().name();
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
