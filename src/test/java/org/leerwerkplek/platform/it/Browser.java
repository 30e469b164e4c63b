package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for browser tests. The browser and driver are named explicitly
 * (LWP_CHROMIUM, LWP_CHROMEDRIVER override them) so Selenium never tries to download one. The
 * browser's console is kept (read it with {@code manage().logs().get(LogType.BROWSER)}).
 */
public final class Browser {

    private Browser() {
    }

    /** Waits until PrimeFaces has no AJAX request queued or running. */
    public static void awaitAjax(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    public static WebDriver start() throws IOException {
        return start(1280, 900);
    }

    /** A browser whose viewport (the page's {@code window.innerWidth}) is {@code width} pixels wide. */
    public static WebDriver start(int width, int height) throws IOException {
        String binary = System.getenv().getOrDefault("LWP_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("LWP_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("lwp-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height, "--lang=nl-BE",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        resize(chrome, width, height);
        return chrome;
    }

    /**
     * Gives the page a viewport of {@code width} × {@code height} CSS pixels without reloading it,
     * and waits until the page has laid itself out at that width.
     */
    public static void resize(WebDriver driver, int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) js.executeScript(
                "return {w: window.innerWidth, h: window.innerHeight};");
        Dimension outer = driver.manage().window().getSize();
        // What the window adds around the page (nothing in headless mode); bounded, as the page's size
        // may still be an emulated one for a moment after a full-page screenshot.
        int chromeWidth = Math.max(0, Math.min(200, outer.getWidth() - ((Number) inner.get("w")).intValue()));
        int chromeHeight = Math.max(0, Math.min(200, outer.getHeight() - ((Number) inner.get("h")).intValue()));
        driver.manage().window().setSize(new Dimension(width + chromeWidth, height + chromeHeight));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.innerWidth === arguments[0];", width)));
    }
}
