package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {

    private static final String INDEX = """
            id: proef
            version: 1
            title:
              nl: Proef
              fr: Essai
            modules:
              - een
              - twee
            knelpunten:
              K01: [twee]
            """;

    private final CourseLoader loader = new CourseLoader();

    @TempDir
    Path folder;

    private static List<String> lines(CourseLoadResult result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }

    private void write(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void writeCourse(String index, Map<String, String> modules) throws IOException {
        write(CourseLoader.INDEX, index);
        for (Map.Entry<String, String> module : modules.entrySet()) {
            write(CourseLoader.MODULES + "/" + module.getKey(), module.getValue());
        }
    }

    private static Map<String, String> twoModules(String firstFile, String first, String secondFile, String second) {
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put(firstFile, first);
        modules.put(secondFile, second);
        return modules;
    }

    @Test
    void theShippedCourseLoadsWithoutProblems() {
        CourseLoadResult result = loader.load(Path.of("mentor-course"));

        assertEquals(List.of(), lines(result));
        assertTrue(result.isClean());
        Course course = result.course().orElseThrow();
        assertEquals("opvolgaanbod-mentoren", course.id());
        assertEquals(1, course.version());
        assertEquals("Formation de suivi pour les tuteurs sur chantier", course.title().in(Language.FR));
        assertEquals(16, course.modules().size());
        for (int i = 0; i < course.modules().size(); i++) {
            CourseModule module = course.modules().get(i);
            assertEquals(i + 1, module.order(), module.id());
            assertEquals(Set.of(Language.NL, Language.FR), module.languages(), module.id());
        }
        assertEquals(9, course.modules().stream().filter(m -> m.focus() == Focus.DIDACTIEK).count());
        assertEquals(2, course.modules().stream().filter(m -> m.focus() == Focus.BOTH).count());
        assertEquals(5, course.modules().stream().filter(m -> m.focus() == Focus.TECHNIEK).count());
        assertEquals(270, course.modules().stream().mapToInt(CourseModule::minutes).sum());
    }

    @Test
    void theShippedKnelpuntMappingResolvesForEveryCode() {
        Course course = loader.load(Path.of("mentor-course")).course().orElseThrow();

        for (int code = 1; code <= 17; code++) {
            assertTrue(course.knelpunten().containsKey(String.format("K%02d", code)), "K" + code);
        }
        assertEquals(List.of("leertaken-plannen", "leerproces-structureren", "school-en-werf-verbinden"),
                course.modulesFor("K03").stream().map(CourseModule::id).toList());
        assertEquals(List.of(), course.modulesFor("K16"));
        assertEquals(11, course.modulesFor("K11").size());
        assertTrue(course.modulesFor("K11").stream().allMatch(m -> m.suits(Focus.DIDACTIEK)));
    }

    @Test
    void aBrokenCourseReportsEveryProblemAndLoadsWhatItCan() {
        CourseLoadResult result = loader.load(Path.of("src/test/resources/mentor-course-broken"));

        assertEquals(List.of(
                "course.yaml:7: modules: 'open-blok' (modules/05-open-blok.md) is not listed",
                "course.yaml:10: modules: 'tweede' is listed at position 3 but modules/04-tweede.md:3 has order 4",
                "course.yaml:11: modules: 'kapot' is listed at position 4 but modules/03-kapot.md:3 has order 3",
                "course.yaml:12: modules: unknown module 'onbekend' (no file in modules/ declares this id)",
                "course.yaml:14: knelpunten K01: unknown module 'bestaat-niet'",
                "course.yaml:16: knelpunten: code 'K3' must be K followed by two digits",
                "modules/02-alleen-nl.md:6: title: missing fr translation (module not available in fr)",
                "modules/02-alleen-nl.md:62: missing ::: fr block (module not available in fr)",
                "modules/03-kapot.md:4: unknown focus 'didaktiek' (expected didactiek, techniek or both)",
                "modules/05-open-blok.md:65: ::: fr block is not closed by a ::: line"), lines(result));
        assertFalse(result.isClean());
        Course course = result.course().orElseThrow();
        assertEquals(List.of("goed", "alleen-nl", "tweede"), course.modules().stream().map(CourseModule::id).toList());
        CourseModule dutchOnly = course.module("alleen-nl").orElseThrow();
        assertEquals(Set.of(Language.NL), dutchOnly.languages());
        assertEquals("Titel van alleen-nl", dutchOnly.title().in(Language.NL));
        assertEquals(Map.of("K01", List.of("tweede"), "K02", List.of("alleen-nl", "goed"), "K16", List.of()),
                course.knelpunten());
    }

    @Test
    void aSecondModuleWithTheSameIdIsRefused() throws IOException {
        writeCourse(INDEX.replace("  - twee\n", ""), twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "02-een.md", ModuleTexts.valid("een", 2, "techniek")));

        CourseLoadResult result = loader.load(folder);

        assertEquals(List.of(
                "course.yaml:9: knelpunten K01: unknown module 'twee'",
                "modules/02-een.md:2: duplicate id 'een' (also in modules/01-een.md)"), lines(result));
        CourseModule kept = result.course().orElseThrow().module("een").orElseThrow();
        assertEquals(Focus.DIDACTIEK, kept.focus());
    }

    @Test
    void aSecondModuleWithTheSameOrderIsRefused() throws IOException {
        writeCourse(INDEX, twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "01-twee.md", ModuleTexts.valid("twee", 1, "techniek")));

        CourseLoadResult result = loader.load(folder);

        assertEquals(List.of(
                "course.yaml:8: modules: 'twee' is listed at position 2 but modules/01-twee.md:3 has order 1",
                "modules/01-twee.md:3: duplicate order 1 (also in modules/01-een.md)"), lines(result));
        assertEquals(List.of("een"), result.course().orElseThrow().modules().stream().map(CourseModule::id).toList());
        assertEquals(Map.of("K01", List.of()), result.course().orElseThrow().knelpunten());
    }

    @Test
    void aFileNameThatDoesNotMatchOrderAndIdIsRefused() throws IOException {
        writeCourse(INDEX, twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "02-tweede.md", ModuleTexts.valid("twee", 2, "techniek")));

        CourseLoadResult result = loader.load(folder);

        assertEquals(List.of(
                "modules/02-tweede.md:1: file name must be modules/02-twee.md (two-digit order, then the id)"),
                lines(result));
        assertTrue(result.course().orElseThrow().module("twee").isEmpty());
    }

    @Test
    void aCleanTwoModuleCourseLoads() throws IOException {
        writeCourse(INDEX, twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "02-twee.md", ModuleTexts.valid("twee", 2, "techniek")));

        CourseLoadResult result = loader.load(folder);

        assertTrue(result.isClean(), lines(result).toString());
        assertEquals(List.of("twee"), result.course().orElseThrow().modulesFor("K01").stream().map(CourseModule::id).toList());
    }

    @Test
    void anIndexWithASyntaxErrorGivesNoCourseButTheModulesAreStillChecked() throws IOException {
        writeCourse(INDEX.replace("version: 1", "version: [1"), twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "02-twee.md", ModuleTexts.valid("twee", 2, "alles")));

        CourseLoadResult result = loader.load(folder);

        assertTrue(result.course().isEmpty());
        assertEquals(2, result.problems().size(), lines(result).toString());
        assertEquals("course.yaml", result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().startsWith("YAML syntax error: "), lines(result).toString());
        assertEquals("modules/02-twee.md:4: unknown focus 'alles' (expected didactiek, techniek or both)",
                lines(result).get(1));
    }

    @Test
    void anIndexWithMissingAndUnknownKeysIsReported() throws IOException {
        writeCourse(INDEX.replace("version: 1\n", "versie: 1\n"), twoModules(
                "01-een.md", ModuleTexts.valid("een", 1, "didactiek"),
                "02-twee.md", ModuleTexts.valid("twee", 2, "techniek")));

        CourseLoadResult result = loader.load(folder);

        assertEquals(List.of("course.yaml:1: missing required key 'version'", "course.yaml:2: unknown key 'versie'"),
                lines(result));
        assertTrue(result.course().isEmpty());
    }

    @Test
    void aMissingFolderIsReportedNotThrown() {
        CourseLoadResult result = loader.load(folder.resolve("nergens"));

        assertEquals(List.of("course.yaml:1: file not found", "modules:1: folder not found"), lines(result));
        assertTrue(result.course().isEmpty());
    }
}
