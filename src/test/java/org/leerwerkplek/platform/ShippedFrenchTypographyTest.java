package org.leerwerkplek.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The French texts the product ships as content (the survey definitions in {@code surveys/}, the
 * mentor course in {@code mentor-course/}) follow French typography as the UI bundles do: a
 * non-breaking space before {@code : ; ? !} and inside « ». Pages show these texts as they are.
 */
class ShippedFrenchTypographyTest {

    private static final Pattern FR_VALUE = Pattern.compile("\\bfr: ?(\"(?:[^\"\\\\]|\\\\.)*\"|[^,{}\\n]+$)");
    private static final Pattern PLAIN_SPACE_BEFORE_MARK = Pattern.compile("[^\\s\\u00a0] [:;?!](?=[\\s\"\\u00a0»]|$)");
    private static final Pattern PLAIN_SPACE_IN_QUOTES = Pattern.compile("« | »");

    @Test
    void everyFrenchTextOfTheSurveysAndTheCourseHasANonBreakingSpaceBeforeItsMarks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("surveys", "mentor-course")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().matches(".*/modules/.*\\.md"))
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() >= 19, "the shipped surveys and modules: " + files);
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean frenchBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (file.toString().endsWith(".md") && trimmed.startsWith(":::")) {
                    frenchBlock = trimmed.equals("::: fr");
                    continue;
                }
                List<String> french = new ArrayList<>();
                if (frenchBlock) {
                    french.add(line);
                } else {
                    for (Matcher value = FR_VALUE.matcher(line); value.find(); ) {
                        french.add(value.group(1));
                    }
                }
                for (String text : french) {
                    if (PLAIN_SPACE_BEFORE_MARK.matcher(text).find() || PLAIN_SPACE_IN_QUOTES.matcher(text).find()) {
                        wrong.add(file + ":" + (i + 1) + " " + text.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
