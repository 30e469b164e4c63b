package org.leerwerkplek.surveys.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leerwerkplek.platform.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fills any instrument on the answering page the way a hurried respondent would: the first
 * option of every choice (so a ranking after a multiple choice has one option, nothing to rank),
 * the first point of every scale, a small number, a short text, and on to the next page until it
 * can submit. Fails with the messages shown if a page is refused, and if after "Next" the focus
 * is not on the new page's heading. Notes per page whether the page was wider than the window.
 * The surveys ITs let it answer a whole instrument ({@link #answerEverything()}); the page walk
 * ({@code platform.it.PageWalkIT}) goes step by step ({@link #fillPage()}, {@link #moveOn()}) to
 * check each page before it is answered.
 */
public final class QuestionnaireRobot {

    /**
     * A page as the robot saw it before filling it: whether it was wider than the window, how many
     * lines of choice (radio buttons, checkboxes) it had, and which of them were cramped: lower
     * than 44 px, or with their button outside their own line.
     */
    public record Page(String section, String title, boolean widerThanWindow, int choiceLines, List<String> cramped) {
    }

    /** The smallest height of a choice a finger must hit on the phone (the bar for the questionnaire). */
    public static final int TOUCH = 44;

    /** Measures the lines of choice of the page; see {@link Page}. */
    private static final String MEASURE = """
            const lines = document.querySelectorAll('.lwp-choices li');
            const cramped = [];
            lines.forEach(li => {
              const input = li.querySelector('input'), label = li.querySelector('label');
              const l = label.getBoundingClientRect(), i = input.getBoundingClientRect();
              const x = i.left + i.width / 2, y = i.top + i.height / 2;
              if (l.height < arguments[0] || x < l.left || x > l.right || y < l.top || y > l.bottom) { cramped.push(input.id); }
            });
            document.querySelectorAll('.lwp-rank-option').forEach(b => {
              if (b.getBoundingClientRect().height < arguments[0]) { cramped.push(b.dataset.code); }
            });
            return {wide: document.documentElement.scrollWidth > window.innerWidth, lines: lines.length, cramped: cramped};
            """;

    private final WebDriver browser;

    public QuestionnaireRobot(WebDriver browser) {
        this.browser = browser;
    }

    /** Answers every page and submits; returns the pages seen, in order. */
    public List<Page> answerEverything() {
        List<Page> pages = new ArrayList<>();
        for (int guard = 0; guard < 40; guard++) {
            pages.add(measure());
            fillPage();
            if (moveOn()) {
                return pages;
            }
        }
        throw new AssertionError("no end after 40 pages: " + pages);
    }

    /** The page shown, measured before it is filled; see {@link Page}. */
    public Page measure() {
        WebElement heading = browser.findElement(By.id("sectionTitle"));
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MEASURE, TOUCH);
        @SuppressWarnings("unchecked")
        List<String> cramped = (List<String>) measured.get("cramped");
        return new Page(heading.getAttribute("data-section"), heading.getText(), Boolean.TRUE.equals(measured.get("wide")),
                ((Number) measured.get("lines")).intValue(), cramped);
    }

    /** The heading of the page shown. */
    public String sectionTitle() {
        return browser.findElement(By.id("sectionTitle")).getText().trim();
    }

    /** How many questions the page shows now (an answer may bring up more). */
    public int questionCount() {
        return browser.findElements(By.cssSelector("fieldset.lwp-question")).size();
    }

    /** Whether the page shown is the last one (it has Submit instead of Next). */
    public boolean isLast() {
        return !browser.findElements(By.id("respondForm:submit")).isEmpty();
    }

    /**
     * Next, or Submit on the last page. Returns whether the questionnaire ended (the thank-you page);
     * fails with the messages shown if the page was refused, and if after Next the focus is not on
     * the new page's heading.
     */
    public boolean moveOn() {
        String title = sectionTitle();
        boolean last = isLast();
        browser.findElement(By.id(last ? "respondForm:submit" : "respondForm:next")).click();
        Browser.awaitAjax(browser);
        if (last && !browser.findElements(By.id("thanks")).isEmpty()) {
            return true;
        }
        if (!last && !sectionTitle().equals(title)) {
            Object focused = ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
            if (!"sectionTitle".equals(focused)) {
                throw new AssertionError("after Next from '" + title + "' the focus is on '" + focused
                        + "', not on the new page's heading");
            }
        }
        List<String> errors = browser.findElements(By.cssSelector(".lwp-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        if (!errors.isEmpty() || (!last && sectionTitle().equals(title))) {
            List<String> codes = browser.findElements(By.cssSelector("fieldset.lwp-question")).stream()
                    .filter(f -> !f.findElement(By.cssSelector(".lwp-error")).getText().isBlank())
                    .map(f -> f.getAttribute("data-code")).toList();
            throw new AssertionError("page '" + title + "' was refused: " + codes + " " + errors);
        }
        return false;
    }

    /** Fills every question shown, also those that appear because of an earlier answer on the page. */
    public void fillPage() {
        Set<String> filled = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            List<String> codes = browser.findElements(By.cssSelector("fieldset.lwp-question")).stream()
                    .map(f -> f.getAttribute("data-code")).toList();
            for (String code : codes) {
                List<WebElement> found = browser.findElements(By.cssSelector("fieldset[data-code='" + code + "']"));
                if (!found.isEmpty() && filled.add(code)) {
                    fill(code, found.get(0));
                    Browser.awaitAjax(browser);
                    more = true;
                }
            }
        }
    }

    private void fill(String code, WebElement question) {
        List<WebElement> matrixItems = question.findElements(By.cssSelector(".lwp-matrix-item"));
        if (!matrixItems.isEmpty()) {
            for (int i = 0; i < matrixItems.size(); i++) {
                WebElement item = fieldset(code).findElements(By.cssSelector(".lwp-matrix-item")).get(i);
                choose(item.findElements(By.cssSelector("input[type='radio']")).get(0));
                Browser.awaitAjax(browser);
            }
            return;
        }
        List<WebElement> ranks = question.findElements(By.cssSelector(".lwp-rank-option"));
        if (!ranks.isEmpty()) {
            ranks.get(0).click();
            return;
        }
        if (!question.findElements(By.cssSelector(".lwp-rank-nothing")).isEmpty()) {
            return;
        }
        List<WebElement> choices = question.findElements(By.cssSelector("input[type='radio'], input[type='checkbox']"));
        if (!choices.isEmpty()) {
            choose(choices.get(0));
            return;
        }
        List<WebElement> date = question.findElements(By.cssSelector("input[type='date']"));
        if (!date.isEmpty()) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-01-15';", date.get(0));
            return;
        }
        List<WebElement> number = question.findElements(By.cssSelector("input[inputmode='decimal']"));
        if (!number.isEmpty()) {
            number.get(0).clear();
            number.get(0).sendKeys("3");
            browser.findElement(By.id("sectionTitle")).click();
            return;
        }
        for (WebElement text : question.findElements(By.cssSelector("input[type='text'], textarea"))) {
            text.clear();
            text.sendKeys("Antwoord");
        }
    }

    /**
     * Chooses a radio button or checkbox as a person does: by its label where the label shows (on a
     * phone the whole line), else by the button itself (a matrix on a wide screen names its points
     * once, above the columns).
     */
    private void choose(WebElement input) {
        WebElement label = browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
        WebElement target = label.getSize().getWidth() > 2 ? label : input;
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
    }

    private WebElement fieldset(String code) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("fieldset[data-code='" + code + "']")));
    }
}
