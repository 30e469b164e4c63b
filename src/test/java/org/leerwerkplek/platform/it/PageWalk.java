package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.it.QuestionnaireRobot;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks pages in one browser and notes everything a user would call broken: an error page or a
 * status other than the expected one (≥ 500 always), a JavaScript error in the console, a lost
 * ({@code ???key???}) or bare bundle key, a text of another language, a body wider than the
 * window, and (where asked) axe-core's serious and critical violations. Each page is loaded at
 * {@value #WIDE} px, checked and photographed, then narrowed to {@value #NARROW} px without a
 * reload, checked and photographed again. Nothing fails here: the findings are collected so one
 * run shows them all ({@link #failures()}).
 */
public final class PageWalk {

    public static final int WIDE = 1366;
    public static final int WIDE_HEIGHT = 900;
    public static final int NARROW = 390;
    public static final int NARROW_HEIGHT = 844;
    /**
     * axe-core runs at {@value #NARROW} px in every language, at {@value #WIDE} px in this one only: its
     * findings hardly depend on the width or the language, and each run costs about a second.
     */
    private static final String AXE_WIDE_LANGUAGE = "fr";
    /** Screenshots stop at this height: the analysis page alone would be several screens of megapixels. */
    private static final int SHOT_MAX_HEIGHT = 5000;

    /** What a page should be: its status, whether axe-core judges it, whether it shows an error on purpose. */
    public record Expect(int status, boolean axe, boolean errorPage, boolean errorMessage, boolean twice,
                         boolean touchTargets) {

        public static Expect page() {
            return new Expect(200, false, false, false, true, false);
        }

        /** Also run axe-core (the public pages and the fiche). */
        public Expect withAxe() {
            return new Expect(status, true, errorPage, errorMessage, twice, touchTargets);
        }

        /** An error page on purpose (403, 404, expired), with its status. */
        public Expect errorPage(int expectedStatus) {
            return new Expect(expectedStatus, axe, true, errorMessage, twice, touchTargets);
        }

        /** A page whose point is an error message (e.g. a company out of reach). */
        public Expect withErrorMessage() {
            return new Expect(status, axe, errorPage, true, twice, touchTargets);
        }

        /** Loaded once only: a second load would change what it shows (a public start). */
        public Expect once() {
            return new Expect(status, axe, errorPage, errorMessage, false, touchTargets);
        }

        /** Choices must be at least {@value QuestionnaireRobot#TOUCH} px tall on the phone (the questionnaire). */
        public Expect withTouchTargets() {
            return new Expect(status, axe, errorPage, errorMessage, twice, true);
        }
    }

    public record Failure(String page, String role, String language, String width, String what) {
    }

    public record Timing(String role, String page, String language, long firstLoadMs, long firstServerMs,
                         long secondLoadMs, long secondServerMs) {
    }

    private static final String INSPECT = """
            const lang = (document.documentElement.lang || '').toLowerCase();
            const ownLanguage = el => {
              const marked = el.closest('[lang]');
              return !marked || marked === document.documentElement || marked.lang.toLowerCase().startsWith(lang);
            };
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || !n.nodeValue.trim() || el.closest('script,style,noscript,template,code,kbd,samp')) continue;
              if (!ownLanguage(el) || !el.checkVisibility({visibilityProperty: true})) continue;
              texts.push(n.nodeValue.replace(/[ \\t\\n\\r\\f]+/g, ' '));
            }
            for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],input[type=button]')) {
              if (!ownLanguage(el)) continue;
              for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                if (el.getAttribute(a)) texts.push(el.getAttribute(a).replace(/[ \\t\\n\\r\\f]+/g, ' '));
              }
              if (el.matches('input[type=submit],input[type=button]') && el.value) texts.push(el.value);
            }
            const W = window.innerWidth;
            const doc = document.documentElement;
            let overflow = null;
            if (doc.scrollWidth > W) {
              const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + [...el.classList].slice(0, 2).map(c => '.' + c).join('')
                  + ' "' + (el.innerText || el.value || '').trim().replace(/[ \\t\\n\\r\\f]+/g, ' ').slice(0, 40) + '"';
              const clipped = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
              };
              const offenders = [];
              const reach = el => {
                const r = el.getBoundingClientRect();
                if (r.width === 0) return 0;
                return getComputedStyle(el).overflowX === 'visible' ? Math.max(r.right, r.left + el.scrollWidth) : r.right;
              };
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || reach(el) <= W + 1 || clipped(el)) continue;
                const p = el.parentElement;
                if (r.right > W + 1) {
                  if (p && p !== document.body && p.getBoundingClientRect().right > W + 1) continue;
                  offenders.push(describe(el) + ' to ' + Math.round(r.right + window.scrollX) + ' px');
                } else {
                  if ([...el.children].some(c => reach(c) > W + 1)) continue;
                  offenders.push(describe(el) + ': its text runs to ' + Math.round(reach(el) + window.scrollX) + ' px');
                }
                if (offenders.length === 4) break;
              }
              overflow = doc.scrollWidth + ' px wide in a ' + W + ' px window' + (offenders.length ? ': ' + offenders.join('; ') : '');
            }
            const scrollers = [];
            if (arguments[0]) {
              for (const el of document.body.querySelectorAll('*')) {
                const ox = getComputedStyle(el).overflowX;
                if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1 && el.checkVisibility()) {
                  const named = el.id ? el : (el.closest('[id]') || el);
                  scrollers.push(named.tagName.toLowerCase() + (named.id ? '#' + named.id : '') + (named === el ? '' : ' ' + el.tagName.toLowerCase()
                      + [...el.classList].slice(0, 1).map(c => '.' + c).join('')) + ' (' + el.scrollWidth + ' px in ' + el.clientWidth + ')');
                  if (scrollers.length === 4) break;
                }
              }
            }
            const cut = [];
            let cutCount = 0;
            for (const el of document.body.querySelectorAll('main *')) {
              if (el.clientWidth <= 8 || el.scrollWidth <= el.clientWidth + 2) continue;
              // a closed select shows only its chosen option (its innerText is every option), and opens its list as wide as it needs
              if (el.tagName === 'SELECT' && (!el.selectedOptions.length || !el.selectedOptions[0].text.trim()
                  || el.selectedOptions[0].text.length * 7 <= el.clientWidth)) continue;
              const ox = getComputedStyle(el).overflowX;
              if (ox !== 'hidden' && ox !== 'clip') continue;
              if (![...el.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim()) && el.children.length > 2) continue;
              if (!el.checkVisibility() || !el.innerText.trim()) continue;
              cutCount++;
              if (cut.length < 3) cut.push('"' + el.innerText.trim().replace(/\s+/g, ' ').slice(0, 30) + '" (' + el.scrollWidth + ' px in ' + el.clientWidth + ')');
            }
            const tops = [...document.querySelectorAll('#menu a')].filter(a => a.checkVisibility())
                .map(a => a.getBoundingClientRect().top).sort((a, b) => a - b);
            const menuRows = tops.filter((t, i) => i === 0 || t - tops[i - 1] > 12).length;
            const h1 = document.querySelector('h1');
            return {
              lang: lang,
              heading: h1 ? h1.innerText.trim() : '',
              errorPage: !!document.getElementById('errorText'),
              errors: [...document.querySelectorAll('.ui-messages-error, .ui-message-error')]
                  .filter(e => e.checkVisibility()).map(e => e.innerText.trim().replace(/[ \\t\\n\\r\\f]+/g, ' ')),
              text: texts.join('\\n'),
              overflow: overflow,
              scrollers: scrollers,
              menuRows: menuRows,
              cut: cut,
              cutCount: cutCount,
              width: W,
              height: Math.min(Math.max(doc.scrollHeight, document.body.scrollHeight), %d),
              fullWidth: Math.min(doc.scrollWidth, 2 * W)
            };
            """.formatted(SHOT_MAX_HEIGHT);

    private static final String NAVIGATION = """
            const e = performance.getEntriesByType('navigation')[0];
            if (!e || e.loadEventEnd === 0) return null;
            return {status: e.responseStatus, load: Math.round(e.loadEventEnd - e.startTime),
                    server: Math.round(e.responseStart - e.requestStart)};
            """;

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final String base;
    private final Path out;
    private final BundleTexts bundles;
    private final Axe axe;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Timing> timings = new ArrayList<>();
    private final Set<String> walked = new LinkedHashSet<>();
    private final Map<String, Long> spent = new TreeMap<>();
    private int checks;
    private int shots;
    private String role = "public";
    private String language = "nl";

    public PageWalk(WebDriver driver, URL base, Path out, BundleTexts bundles, Axe axe) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.out = out;
        this.bundles = bundles;
        this.axe = axe;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    /** The role whose pages follow (names the screenshots and the findings). */
    public void as(String role) {
        this.role = role;
    }

    public String language() {
        return language;
    }

    /** Switches the interface language with the header's switch, as a user does, on the page shown. */
    public void language(String to) {
        timed("language", () -> {
            switchLanguage(to);
            return null;
        });
    }

    private void switchLanguage(String to) {
        if (to.equals(js.executeScript("return document.documentElement.lang;"))) {
            language = to;
            return;
        }
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("a[data-lang='" + to + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> to.equals(js.executeScript(
                "return document.readyState === 'complete' ? document.documentElement.lang : null;")));
        language = to;
        // The address keeps its parameters (a mentor's ?t=...&m=...): a reload or a bookmark must still name the page.
        String query = java.net.URI.create(before).getRawQuery();
        String after = java.net.URI.create(driver.getCurrentUrl()).getRawQuery();
        if (query != null && (after == null || !java.util.Set.of(after.split("&")).containsAll(java.util.Set.of(query.split("&"))))) {
            fail("language-switch", "1366", "switching the language lost the address's parameters: "
                    + before.replace(base, "/") + " became " + driver.getCurrentUrl().replace(base, "/"));
        }
    }

    public String url(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens {@code path} (twice, unless told once), and checks it at both widths. */
    public void page(String name, String path, Expect expect) {
        Map<?, ?> first = timed("load", () -> load(path));
        Map<?, ?> second = expect.twice() ? timed("load", () -> load(path)) : null;
        timings.add(new Timing(role, name, language, number(first, "load"), number(first, "server"),
                second == null ? -1 : number(second, "load"), second == null ? -1 : number(second, "server")));
        int status = (int) number(second == null ? first : second, "status");
        if (status != expect.status() && !(status == 0 && expect.status() == 200)) {
            fail(name, "all", "HTTP status " + status + (expect.status() == 200 ? "" : " instead of " + expect.status()));
        }
        checkBothWidths(name, expect);
    }

    /** Checks the page as it is now (reached by a click or an AJAX update, not a load of its own) at both widths. */
    public void current(String name, Expect expect) {
        timed("load", () -> {
            Browser.awaitAjax(driver);
            return null;
        });
        checkBothWidths(name, expect);
    }

    private Map<?, ?> load(String path) {
        driver.get(url(path));
        Map<?, ?> timing = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> (Map<?, ?>) js.executeScript(NAVIGATION));
        Browser.awaitAjax(driver);
        return timing;
    }

    private <T> T timed(String phase, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            spent.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    private static long number(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value instanceof Number n ? n.longValue() : -1;
    }

    private void checkBothWidths(String name, Expect expect) {
        walked.add(role + " " + name);
        check(name, expect, WIDE);
        timed("resize", () -> {
            Browser.resize(driver, NARROW, NARROW_HEIGHT);
            return null;
        });
        try {
            check(name, expect, NARROW);
        } finally {
            timed("resize", () -> {
                Browser.resize(driver, WIDE, WIDE_HEIGHT);
                return null;
            });
        }
        for (String error : timed("console", this::console)) {
            boolean ownStatus = expect.status() != 200 && error.contains("status of " + expect.status());
            if (!ownStatus) {
                fail(name, "both", "JavaScript console: " + error);
            }
        }
    }

    private void check(String name, Expect expect, int width) {
        checks++;
        String at = String.valueOf(width);
        Map<?, ?> page = timed("inspect", () -> (Map<?, ?>) js.executeScript(INSPECT, width == NARROW));
        if (!language.equals(page.get("lang"))) {
            fail(name, at, "the page says lang=\"" + page.get("lang") + "\"");
        }
        boolean errorPage = Boolean.TRUE.equals(page.get("errorPage"));
        if (errorPage && !expect.errorPage()) {
            fail(name, at, "error page: " + page.get("heading"));
        } else if (!errorPage && expect.errorPage()) {
            fail(name, at, "no error page where one was expected: " + page.get("heading"));
        }
        List<?> errors = (List<?>) page.get("errors");
        if (!errors.isEmpty() && !expect.errorMessage()) {
            fail(name, at, "error message: " + errors.stream().map(String::valueOf).collect(Collectors.joining(" / ")));
        }
        String text = String.valueOf(page.get("text"));
        for (String problem : timed("texts", () -> bundles.problems(language, text))) {
            fail(name, at, problem);
        }
        for (String problem : timed("texts", () -> TextRules.problems(language, text))) {
            fail(name, at, problem);
        }
        if (page.get("overflow") != null) {
            fail(name, at, "body wider than the window: " + page.get("overflow"));
        }
        if (width == WIDE && ((Number) page.get("menuRows")).intValue() > 1) {
            fail("menu", at, "the menu takes " + page.get("menuRows") + " lines (the header of every page)");
        }
        List<?> cut = (List<?>) page.get("cut");
        if (!cut.isEmpty()) {
            fail(name, at, "text cut off: " + page.get("cutCount") + ", e.g. " + cut.stream().map(String::valueOf)
                    .collect(Collectors.joining("; ")));
        }
        List<?> scrollers = (List<?>) page.get("scrollers");
        if (!scrollers.isEmpty()) {
            fail(name, at, "a part of the page scrolls sideways: " + scrollers.stream().map(String::valueOf)
                    .collect(Collectors.joining("; ")));
        }
        if (expect.touchTargets() && width == NARROW) {
            List<String> small = new QuestionnaireRobot(driver).measure().cramped();
            if (!small.isEmpty()) {
                fail(name, at, "choices under " + QuestionnaireRobot.TOUCH + " px tall to tap or with their button outside their line: "
                        + small.size() + ", e.g. " + small.get(0));
            }
        }
        if (expect.axe() && (width == NARROW || language.equals(AXE_WIDE_LANGUAGE))) {
            for (String violation : timed("axe", () -> axe.violations(driver))) {
                fail(name, at, violation);
            }
        }
        timed("screenshot", () -> {
            shoot(name, width, ((Number) page.get("fullWidth")).intValue(), ((Number) page.get("height")).intValue());
            return null;
        });
    }

    private List<String> console() {
        Set<String> messages = new LinkedHashSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                messages.add(entry.getMessage().replace(base, "/"));
            }
        }
        return List.copyOf(messages);
    }

    /** Drops what the console said so far (e.g. while signing in). */
    public void clearConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    private void shoot(String name, int width, int fullWidth, int height) {
        String file = (role + "-" + name + "-" + language + "-" + width).replaceAll("[^A-Za-z0-9._-]+", "-") + ".png";
        // The viewport made as tall as the page for the shot: what lies beyond it (a chart's canvas)
        // would not be painted otherwise.
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                Math.max(height, width == NARROW ? NARROW_HEIGHT : WIDE_HEIGHT), "deviceScaleFactor", 1, "mobile", false));
        Map<String, Object> shot;
        try {
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.max(width, fullWidth), "height", height,
                    "scale", 1);
            shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true,
                    "captureBeyondViewport", fullWidth > width, "clip", clip));
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        try {
            Files.write(out.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shots++;
    }

    public void fail(String page, String width, String what) {
        failures.add(new Failure(page, role, language, width, what));
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public List<Timing> timings() {
        return List.copyOf(timings);
    }

    public int checks() {
        return checks;
    }

    public int shots() {
        return shots;
    }

    public Set<String> walked() {
        return Set.copyOf(walked);
    }

    /** Writes the first and second load of every page, in milliseconds (navigation timing). */
    public void writeTimings(Path csv, List<String> extraLines) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("role,page,language,first_load_ms,first_server_ms,second_load_ms,second_server_ms");
        for (Timing t : timings) {
            lines.add(String.join(",", t.role(), t.page(), t.language(), String.valueOf(t.firstLoadMs()),
                    String.valueOf(t.firstServerMs()), t.secondLoadMs() < 0 ? "" : String.valueOf(t.secondLoadMs()),
                    t.secondServerMs() < 0 ? "" : String.valueOf(t.secondServerMs())));
        }
        lines.addAll(extraLines);
        Files.write(csv, lines);
    }

    /**
     * The findings grouped by page, then by what was found, with where (role, language, width):
     * the list to hand to whoever fixes each page.
     */
    public static String report(List<Failure> failures) {
        Map<String, Map<String, List<String>>> byPage = new TreeMap<>();
        for (Failure f : failures) {
            byPage.computeIfAbsent(f.page(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(f.what(), w -> new ArrayList<>())
                    .add(f.role() + " " + f.language() + " " + f.width());
        }
        StringBuilder text = new StringBuilder();
        byPage.forEach((page, whats) -> {
            text.append("\n").append(page).append(" (").append(whats.values().stream().mapToInt(List::size).sum())
                    .append(")\n");
            whats.forEach((what, where) -> text.append("  - ").append(what).append("  [")
                    .append(String.join(", ", new LinkedHashSet<>(where))).append("]\n"));
        });
        return text.toString();
    }

    /** The p-th percentile (nearest rank) of {@code values}, or -1 for none. */
    public static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** A one-screen summary: what was walked, how many findings of which kind, the second loads' p95. */
    public String summary() {
        Map<String, Long> kinds = failures.stream().collect(Collectors.groupingBy(
                f -> f.what().replaceAll("[:(\"].*", "").trim().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.counting()));
        List<Long> second = timings.stream().map(Timing::secondLoadMs).filter(v -> v >= 0).toList();
        return "page walk: " + walked.size() + " pages (role and page) in " + BundleTexts.LANGUAGES.size()
                + " languages, " + checks + " checks, " + shots + " screenshots; second load p95 "
                + percentile(second, 95) + " ms over " + second.size() + " loads; " + failures.size() + " findings"
                + (kinds.isEmpty() ? "" : " " + kinds) + "; seconds spent " + spent.entrySet().stream()
                .map(e -> e.getKey() + " " + Math.round(e.getValue() / 1e9)).collect(Collectors.joining(", "));
    }
}
