package org.leerwerkplek.surveys.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.leerwerkplek.platform.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fills any instrument on the answering page the way a hurried respondent would: the first
 * option of every choice, the first point of every scale, a small number, a short text, and on
 * to the next page until it can submit. Fails with the messages shown if a page is refused.
 */
final class QuestionnaireRobot {

    private final WebDriver browser;

    QuestionnaireRobot(WebDriver browser) {
        this.browser = browser;
    }

    /** Answers every page and submits; returns the titles of the pages seen, in order. */
    List<String> answerEverything() {
        List<String> pages = new ArrayList<>();
        for (int guard = 0; guard < 40; guard++) {
            String title = browser.findElement(By.id("sectionTitle")).getText();
            pages.add(title);
            fillPage();
            boolean last = !browser.findElements(By.id("respondForm:submit")).isEmpty();
            browser.findElement(By.id(last ? "respondForm:submit" : "respondForm:next")).click();
            Browser.awaitAjax(browser);
            if (last && !browser.findElements(By.id("thanks")).isEmpty()) {
                return pages;
            }
            List<String> errors = browser.findElements(By.cssSelector(".lwp-error")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
            if (!errors.isEmpty() || (!last && browser.findElement(By.id("sectionTitle")).getText().equals(title))) {
                List<String> codes = browser.findElements(By.cssSelector("fieldset.lwp-question")).stream()
                        .filter(f -> !f.findElement(By.cssSelector(".lwp-error")).getText().isBlank())
                        .map(f -> f.getAttribute("data-code")).toList();
                throw new AssertionError("page '" + title + "' was refused: " + codes + " " + errors);
            }
        }
        throw new AssertionError("no end after 40 pages: " + pages);
    }

    /** Fills every question shown, also those that appear because of an earlier answer on the page. */
    private void fillPage() {
        java.util.Set<String> filled = new java.util.HashSet<>();
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
        List<WebElement> matrixRows = question.findElements(By.cssSelector("table.lwp-matrix tr"));
        if (!matrixRows.isEmpty()) {
            for (int i = 0; i < matrixRows.size(); i++) {
                fieldset(code).findElements(By.cssSelector("table.lwp-matrix tr")).get(i)
                        .findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
                Browser.awaitAjax(browser);
            }
            return;
        }
        List<WebElement> ranks = question.findElements(By.cssSelector("select.lwp-rank-select"));
        if (!ranks.isEmpty()) {
            new Select(ranks.get(0)).selectByValue("1");
            return;
        }
        List<WebElement> radios = question.findElements(By.cssSelector(".ui-radiobutton-box"));
        if (!radios.isEmpty()) {
            radios.get(0).click();
            return;
        }
        List<WebElement> boxes = question.findElements(By.cssSelector(".ui-chkbox-box"));
        if (!boxes.isEmpty()) {
            boxes.get(0).click();
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

    private WebElement fieldset(String code) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("fieldset[data-code='" + code + "']")));
    }
}
