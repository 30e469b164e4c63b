import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysis dashboard's second load, as the page walk measures it: headless Chromium signs in,
 * opens the dashboard once, then N times more; per load the navigation timing's load
 * ({@code loadEventEnd}), server ({@code responseStart - requestStart}) and browser ({@code loadEventEnd
 * - responseEnd}) parts. Prints each load, then the median and p95 (nearest rank) of each part.
 *   java DashboardLoads http://localhost:8190/ user password nl 25
 */
public class DashboardLoads {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[4]);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("LWP_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("lwp-bench"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingAnyFreePort()
                .usingDriverExecutable(new java.io.File(System.getenv().getOrDefault("LWP_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            JavascriptExecutor js = driver;
            driver.get(base + "login.xhtml");
            driver.manage().addCookie(new org.openqa.selenium.Cookie("lwp-lang", args[3]));
            driver.findElement(By.id("loginForm:username")).sendKeys(args[1]);
            driver.findElement(By.id("loginForm:password")).sendKeys(args[2]);
            driver.findElement(By.id("loginForm:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("accountForm")).isEmpty());
            List<long[]> loads = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                driver.get(base + "analysis/index.xhtml");
                Map<?, ?> t = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Map<?, ?>) js.executeScript("""
                        const e = performance.getEntriesByType('navigation')[0];
                        if (!e || e.loadEventEnd === 0) return null;
                        return {load: Math.round(e.loadEventEnd - e.startTime), server: Math.round(e.responseStart - e.requestStart),
                                browser: Math.round(e.loadEventEnd - e.responseEnd), bytes: e.decodedBodySize};"""));
                long[] row = {((Number) t.get("load")).longValue(), ((Number) t.get("server")).longValue(),
                        ((Number) t.get("browser")).longValue(), ((Number) t.get("bytes")).longValue()};
                System.out.printf("%s load %d ms, server %d ms, browser %d ms, %d bytes%n", i == 0 ? "first" : "second " + i,
                        row[0], row[1], row[2], row[3]);
                if (i > 0) {
                    loads.add(row);
                }
            }
            String[] names = {"load", "server", "browser"};
            for (int k = 0; k < names.length; k++) {
                int column = k;
                List<Long> values = loads.stream().map(r -> r[column]).sorted().toList();
                System.out.printf("second load %-7s median %5d ms  p95 %5d ms  (n = %d)%n", names[k],
                        values.get((values.size() - 1) / 2), values.get((int) Math.ceil(0.95 * values.size()) - 1), values.size());
            }
        } finally {
            driver.quit();
        }
    }
}
