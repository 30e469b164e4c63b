package org.leerwerkplek.mentorcourse.delivery;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.mentorcourse.content.QuizOption;
import org.leerwerkplek.mentorcourse.content.QuizQuestion;

/**
 * A course shaped like the shipped one, built in code so the planner tests do not depend on the
 * content: m01..m09 didactiek, m10 and m11 both, m12..m16 techniek. Knelpunten: K03 = m10, m01,
 * m05; K08 = m11, m13, m05, m12; K16 = none.
 */
final class TestCourse {

    static final int DIDACTIEK_SUITS = 11;
    static final int TECHNIEK_SUITS = 7;
    static final int ALL = 16;

    private TestCourse() {
    }

    static Course course() {
        return course(Set.of());
    }

    /** The course, with the modules in {@code dutchOnly} lacking their French translation. */
    static Course course(Set<String> dutchOnly) {
        List<CourseModule> modules = new ArrayList<>();
        for (int order = 1; order <= ALL; order++) {
            Focus focus = order <= 9 ? Focus.DIDACTIEK : order <= 11 ? Focus.BOTH : Focus.TECHNIEK;
            String id = id(order);
            modules.add(module(id, order, focus, dutchOnly.contains(id)
                    ? EnumSet.of(Language.NL) : EnumSet.allOf(Language.class)));
        }
        return new Course("proef", 1, LocalizedText.of("Proef", "Essai"), modules, Map.of(
                "K03", List.of("m10", "m01", "m05"),
                "K08", List.of("m11", "m13", "m05", "m12"),
                "K16", List.of()));
    }

    static String id(int order) {
        return String.format("m%02d", order);
    }

    static CourseModule module(String id, int order, Focus focus, Set<Language> languages) {
        LocalizedText text = LocalizedText.of("Tekst " + id, "Texte " + id);
        List<QuizQuestion> quiz = List.of(
                new QuizQuestion("q1", text, List.of(new QuizOption(text, true), new QuizOption(text, false)), text),
                new QuizQuestion("q2", text, List.of(new QuizOption(text, false), new QuizOption(text, true)), text),
                new QuizQuestion("q3", text, List.of(new QuizOption(text, true), new QuizOption(text, false)), text));
        return new CourseModule(id, order, focus, 15, text, text, List.of(text, text), quiz,
                Map.of(Language.NL, "## Situatie op de werf\n", Language.FR, "## Situation sur le chantier\n"),
                languages);
    }
}
