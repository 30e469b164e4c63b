package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static final LocalizedText TITLE = LocalizedText.of("Proef", "Essai");

    private static CourseModule module(String id, int order, Focus focus) {
        return new ModuleParser().parse("modules/x.md", ModuleTexts.valid(id, order, focus.code())).module().orElseThrow();
    }

    @Test
    void knelpuntenResolveToModulesMostDirectFirst() {
        Course course = new Course("proef", 1, TITLE,
                List.of(module("een", 1, Focus.DIDACTIEK), module("twee", 2, Focus.TECHNIEK)),
                Map.of("K01", List.of("twee", "een"), "K16", List.of()));

        assertEquals(List.of("twee", "een"), course.modulesFor("K01").stream().map(CourseModule::id).toList());
        assertEquals(List.of(), course.modulesFor("K16"));
        assertEquals(List.of(), course.modulesFor("K99"));
        assertTrue(course.module("een").isPresent());
        assertTrue(course.module("drie").isEmpty());
    }

    @Test
    void anInconsistentCourseCannotBeBuilt() {
        CourseModule een = module("een", 1, Focus.DIDACTIEK);
        assertThrows(IllegalArgumentException.class,
                () -> new Course("proef", 1, TITLE, List.of(een), Map.of("K01", List.of("twee"))));
        assertThrows(IllegalArgumentException.class,
                () -> new Course("proef", 1, TITLE, List.of(module("twee", 2, Focus.BOTH), een), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Course("proef", 1, TITLE, List.of(een, module("een", 2, Focus.BOTH)), Map.of()));
    }

    @Test
    void aModuleCannotClaimALanguageItLacks() {
        CourseModule complete = module("een", 1, Focus.DIDACTIEK);
        Map<Language, String> dutchBody = Map.of(Language.NL, complete.body(Language.NL));

        assertThrows(IllegalArgumentException.class, () -> new CourseModule("een", 1, Focus.DIDACTIEK, 15,
                complete.title(), complete.summary(), complete.reflection(), complete.quiz(), dutchBody,
                EnumSet.allOf(Language.class)));
        CourseModule dutchOnly = new CourseModule("een", 1, Focus.DIDACTIEK, 15, complete.title(), complete.summary(),
                complete.reflection(), complete.quiz(), dutchBody, Set.of(Language.NL));
        assertTrue(dutchOnly.isAvailableIn(Language.NL));
        assertThrows(IllegalArgumentException.class, () -> dutchOnly.body(Language.FR));
    }

    @Test
    void aModuleOnBothSuitsEveryMentorAndAMentorOnBothTakesEveryModule() {
        for (Focus mentor : Focus.values()) {
            assertTrue(Focus.BOTH.suits(mentor));
            assertTrue(mentor.suits(Focus.BOTH));
            assertTrue(mentor.suits(mentor));
        }
        assertFalse(Focus.DIDACTIEK.suits(Focus.TECHNIEK));
        assertFalse(Focus.TECHNIEK.suits(Focus.DIDACTIEK));
    }
}
