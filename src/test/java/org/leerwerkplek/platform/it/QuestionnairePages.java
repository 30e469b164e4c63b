package org.leerwerkplek.platform.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Moves through a questionnaire on the answering page for the page walk, knowing as little of the
 * markup as it can (the questionnaire screen is being rebuilt): every group of radio buttons gets
 * its first choice (by clicking its label, as a person taps it), every group of check boxes its
 * first box, every select its first real option, text fields a word and number fields a 3; then
 * Next (a button whose id ends in {@code :next}) or, on the last page, Submit ({@code :submit}).
 * The surveys ITs have their own, stricter robot ({@code surveys.it.QuestionnaireRobot}).
 */
public final class QuestionnairePages {

    /** Chooses, per question group not yet answered, its first option; returns how many groups it answered. */
    private static final String FILL_ONE = """
            const form = document.querySelector('form[id$="respondForm"]') || document.forms[document.forms.length - 1];
            const seen = new Set();
            for (const input of form.querySelectorAll('input[type=radio], input[type=checkbox]')) {
              if (!input.name || seen.has(input.name)) continue;
              seen.add(input.name);
              const group = [...form.querySelectorAll('input[name="' + CSS.escape(input.name) + '"]')];
              if (group.some(i => i.checked)) continue;
              const label = form.querySelector('label[for="' + CSS.escape(group[0].id) + '"]');
              const box = group[0].closest('.ui-radiobutton, .ui-chkbox');
              const target = label || (box && box.querySelector('.ui-radiobutton-box, .ui-chkbox-box')) || group[0];
              target.scrollIntoView({block: 'center'});
              return target;
            }
            for (const select of form.querySelectorAll('select')) {
              const question = select.closest('fieldset') || select.parentElement;
              if ([...question.querySelectorAll('select')].some(s => s.value)) continue;
              const option = [...select.options].find(o => o.value);
              if (!option) continue;
              select.value = option.value;
              select.dispatchEvent(new Event('change', {bubbles: true}));
              return 'changed';
            }
            for (const field of form.querySelectorAll('input[type=text], input[type=number], input[type=date], textarea')) {
              if (field.value || field.type === 'hidden' || !field.checkVisibility()) continue;
              const numeric = field.type === 'number' || field.inputMode === 'decimal' || field.inputMode === 'numeric';
              field.value = field.type === 'date' ? '2026-01-15' : numeric ? '3' : 'Antwoord';
              field.dispatchEvent(new Event('change', {bubbles: true}));
              return 'changed';
            }
            return null;
            """;

    private final WebDriver driver;

    public QuestionnairePages(WebDriver driver) {
        this.driver = driver;
    }

    /** The title of the page of the questionnaire shown. */
    public String sectionTitle() {
        List<WebElement> title = driver.findElements(By.id("sectionTitle"));
        if (title.isEmpty()) {
            title = driver.findElements(By.cssSelector("main h2"));
        }
        return title.isEmpty() ? "" : title.get(0).getText().trim();
    }

    /** Answers every question shown (also those an answer brings up), one at a time. */
    public void answerShown() {
        for (int guard = 0; guard < 200; guard++) {
            Object next = ((JavascriptExecutor) driver).executeScript(FILL_ONE);
            if (next == null) {
                return;
            }
            if (next instanceof WebElement target) {
                target.click();
            }
            Browser.awaitAjax(driver);
        }
        throw new AssertionError("more than 200 questions on one page: " + sectionTitle());
    }

    /** How many questions the page shows (they are fieldsets, or groups of choices). */
    public int questionCount() {
        return driver.findElements(By.cssSelector("main fieldset")).size();
    }

    /** Whether this is the last page (it has Submit instead of Next). */
    public boolean isLast() {
        return driver.findElements(By.cssSelector("button[id$=':next'], input[id$=':next']")).isEmpty()
                && !driver.findElements(By.cssSelector("button[id$=':submit'], input[id$=':submit']")).isEmpty();
    }

    /** Next, or Submit on the last page; then waits for the page to be updated. */
    public void moveOn() {
        String button = isLast() ? ":submit" : ":next";
        driver.findElement(By.cssSelector("button[id$='" + button + "'], input[id$='" + button + "']")).click();
        Browser.awaitAjax(driver);
    }
}
