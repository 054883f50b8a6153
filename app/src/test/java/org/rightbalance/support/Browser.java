package org.rightbalance.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its own ChromeDriver (never a downloaded browser), with
 * axe-core's WCAG 2.2 A/AA rules run on demand. One fresh profile per browser.
 */
public final class Browser implements AutoCloseable {

    /** axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("rightbalance-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Flags Chromium needs as root in a container, and to stay off the (closed) network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public Browser signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        clickAndWait(driver.findElement(By.cssSelector("main form button[type=submit]")));
        return this;
    }

    public Browser signOut() {
        clickAndWait(driver.findElement(By.cssSelector(".rb-sign-out button")));
        return this;
    }

    /** Replaces the text of the field with this id. */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a date field (input type=date) to an ISO date, whatever the browser's locale. */
    public Browser date(String id, String isoDate) {
        WebElement field = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, isoDate);
        return this;
    }

    public Browser choose(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    public Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Chooses the option of the select with this id whose visible text is exactly this. */
    public Browser selectText(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** The current value of the field with this id, as the browser would submit it. */
    public String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Whether the radio or checkbox with this id is ticked. */
    public boolean isChecked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    /** Follows the first link in main whose address contains this text, and waits for the next page. */
    public Browser follow(String hrefContains) {
        WebElement link = driver.findElements(By.cssSelector("main a[href]")).stream()
                .filter(a -> String.valueOf(a.getDomAttribute("href")).contains(hrefContains)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + hrefContains + " on " + path()));
        return clickAndWait(link);
    }

    /** The addresses of the links in main. */
    public List<String> links() {
        return driver.findElements(By.cssSelector("main a[href]")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    public Browser click(String linkOrButtonText) {
        String text = xpathLiteral(linkOrButtonText);
        clickAndWait(driver.findElement(By.xpath("//main//a[normalize-space()=" + text
                + "] | //main//button[normalize-space()=" + text + "] | //main//input[@type='submit' and @value="
                + text + "]")));
        return this;
    }

    /** The text as an XPath string literal, apostrophes and all. */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /**
     * Whether an element of the previous page is gone. Chromium reports a node of a page being
     * replaced either as stale or, mid-navigation, as "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public Browser clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
        return this;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    /** Runs axe-core's WCAG 2.2 A and AA rules on the current page and fails on any violation. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        assertThat(results.getViolations())
                .as("axe-core WCAG 2.2 A/AA violations on %s:%n%s", path(), describe(results.getViolations()))
                .isEmpty();
        return this;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
