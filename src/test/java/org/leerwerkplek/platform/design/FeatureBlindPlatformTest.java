package org.leerwerkplek.platform.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.web.MenuEntry;

/**
 * No platform file names a part, so adding a part touches no platform file: the platform's
 * sources, resources and pages (layout, start page, sign-in, error pages, its admin pages and their
 * navigation) mention no part's package, folder, page folder, name or descriptor, and use none of
 * a part's texts. The parts are those registered as {@link Part}, and every package beside the
 * platform must be one ({@link #everyPackageBesideThePlatformIsARegisteredPart}); ArchUnit's
 * {@code PartRulesTest.thePlatformKnowsNoPart} checks the compiled classes.
 */
class FeatureBlindPlatformTest {

    private static final Path JAVA = Path.of("src/main/java/org/leerwerkplek");
    private static final Path RESOURCES = Path.of("src/main/resources/org/leerwerkplek");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** The platform's files: its code, its resources and its pages. */
    static List<Path> platformFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(JAVA.resolve("platform"), RESOURCES.resolve("platform"),
                WEBAPP.resolve("WEB-INF/templates"), WEBAPP.resolve("errors"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (String page : List.of("index.xhtml", "login.xhtml", "privacy.xhtml", "WEB-INF/includes/admin-nav.xhtml", "admin/users.xhtml",
                "admin/mail.xhtml", "admin/audit.xhtml", "admin/backups.xhtml", "admin/privacy.xhtml")) {
            files.add(WEBAPP.resolve(page));
        }
        return files;
    }

    /** What names each part: its name, package, folders, descriptor and text keys, each a pattern. */
    static Map<String, List<Pattern>> namesOfTheParts() throws IOException {
        Map<String, List<Pattern>> names = new LinkedHashMap<>();
        for (Part part : Part.all()) {
            String folder = part.resourceFolder();
            String name = folder.substring(folder.lastIndexOf('/') + 1);
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE));
            patterns.add(Pattern.compile(Pattern.quote(folder)));
            patterns.add(Pattern.compile(Pattern.quote(folder.replace('/', '.'))));
            patterns.add(Pattern.compile("\\b" + Pattern.quote(part.getClass().getSimpleName()) + "\\b"));
            for (MenuEntry entry : part.menu()) {
                patterns.add(Pattern.compile(Pattern.quote(entry.folderPattern().replace("*", ""))));
            }
            Set<String> keys = keysOf(folder);
            if (!keys.isEmpty()) {
                patterns.add(Pattern.compile("[\"'](?:" + String.join("|", keys.stream().map(Pattern::quote).toList()) + ")[\"']"));
            }
            names.put(name, patterns);
        }
        return names;
    }

    @Test
    void noPlatformFileNamesAPart() throws IOException {
        Map<String, List<Pattern>> parts = namesOfTheParts();
        List<String> problems = new ArrayList<>();
        for (Path file : platformFiles()) {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            boolean texts = file.toString().endsWith(".properties");
            for (int i = 0; i < lines.length; i++) {
                for (Map.Entry<String, List<Pattern>> part : parts.entrySet()) {
                    // a bundle's texts are what users read, where "companies" is a word like any other
                    for (Pattern name : texts ? part.getValue().subList(1, 3) : part.getValue()) {
                        Matcher matcher = name.matcher(lines[i]);
                        if (matcher.find()) {
                            problems.add(file + ":" + (i + 1) + " names the part " + part.getKey() + " ("
                                    + matcher.group() + "): " + lines[i].strip());
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "adding a part must touch no platform file:\n" + String.join("\n", problems));
    }

    /** A package beside the platform that is not registered as a part would bring no texts, templates or menu. */
    @Test
    void everyPackageBesideThePlatformIsARegisteredPart() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> children = Files.list(JAVA)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("platform")).forEach(packages::add);
        }
        Set<String> registered = new TreeSet<>(namesOfTheParts().keySet());
        assertEquals(packages, registered, "each part registers its Part in META-INF/services/" + Part.class.getName());
        assertTrue(registered.size() >= 5, registered.toString());
    }

    @Test
    void theCheckFindsWhatItLooksFor() throws IOException {
        Map<String, List<Pattern>> parts = namesOfTheParts();
        String part = parts.keySet().iterator().next();
        String key = keysOf("org/leerwerkplek/" + part).iterator().next();
        for (String line : List.of("import org.leerwerkplek." + part + ".Anything;", "// the " + part.toUpperCase(Locale.ROOT) + " part",
                "<h:link outcome=\"/" + part + "/index.xhtml\"/>", "Messages.get(locale, \"" + key + "\")",
                "#{msg['" + key + "']}")) {
            assertTrue(parts.get(part).stream().anyMatch(p -> p.matcher(line).find()), line);
        }
        assertTrue(parts.values().stream().flatMap(List::stream).noneMatch(p -> p.matcher("Messages.get(locale, \"login.title\")").find()));
    }

    private static Set<String> keysOf(String folder) throws IOException {
        String bundle = folder.replace('/', '.') + ".messages";
        assertTrue(Messages.bundleNames().contains(bundle), bundle);
        Set<String> keys = new TreeSet<>();
        Path file = Path.of("src/main/resources", folder, "messages.properties");
        if (Files.exists(file)) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            keys.addAll(texts.stringPropertyNames());
        }
        return keys;
    }
}
