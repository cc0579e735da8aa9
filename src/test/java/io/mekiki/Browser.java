package io.mekiki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium for browser tests (Debian packages {@code chromium} and {@code
 * chromium-driver}), with a fresh profile for every test. Register it with {@code @RegisterExtension}:
 * it starts before each test and quits after it; when a test fails it first saves a screenshot and
 * the page source under {@code browser-failures/} in the build directory.
 *
 * <p>Every wait is explicit: pass a condition that only the page you expect can fulfil, never one the
 * page you are leaving fulfils too.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String acceptLanguage;
    private Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;

    private Browser(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    /** A browser whose user reads Japanese, the language Mekiki is made for. */
    public static Browser japanese() {
        return new Browser("ja");
    }

    /** A browser that asks for the given languages first ({@code Accept-Language}, e.g. "en-US,en"). */
    public static Browser acceptingLanguage(String acceptLanguage) {
        return new Browser(acceptLanguage);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("mekiki-chromium-");
        driver = chromium(acceptLanguage, profile, true);
        // A navigation can replace the element between finding it and reading it: look it up again.
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Debian's headless Chromium, driven by Debian's chromedriver (never a downloaded one), with the
     * flags that work as root without network, asking for the given languages.
     *
     * @param profile a fresh user-data directory, or null for Chromium's own temporary one
     * @param javaScript false for a browser that runs no script, to prove pages work by plain forms
     */
    public static ChromeDriver chromium(String acceptLanguage, Path profile, boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1024",
                "--lang=" + acceptLanguage.split(",")[0]);
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile);
        }
        options.setExperimentalOption(
                "prefs",
                javaScript
                        ? Map.of("intl.accept_languages", acceptLanguage)
                        : Map.of(
                                "intl.accept_languages",
                                acceptLanguage,
                                "profile.managed_default_content_settings.javascript",
                                2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent() && driver != null) {
                saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until the element is visible and returns it. */
    public WebElement find(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    public void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /**
     * Waits until the element shows the text (or a text containing it) and returns the element. While the page
     * is being replaced (a form posted, a redirect followed), Chromium may answer that the element found a
     * moment ago no longer belongs to the document: that is asked again, not taken as a failure; a text that
     * never comes still fails after the timeout.
     */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, TIMEOUT)
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return find(locator);
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Waits until the page is in the language, as its {@code <html lang>} says; asks again when Chromium says the
     * element left the document while the page was being replaced (as {@link #waitForText} does).
     */
    public void waitForLanguage(String language) {
        new WebDriverWait(driver, TIMEOUT)
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    /**
     * Keeps a full-page screenshot of what the browser shows as build output for review, under
     * {@code screenshots/} in the build directory, named e.g. "decision-ja" (the page and language).
     * Returns the file.
     */
    public Path screenshot(String name) {
        try {
            Path directory = Files.createDirectories(buildDirectory().resolve("screenshots"));
            Path file = directory.resolve(name + ".png");
            org.openqa.selenium.Dimension window = driver.manage().window().getSize();
            long height = (Long) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), (int)
                    Math.min(height + 140, 8000)));
            try {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.manage().window().setSize(window);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void saveEvidence(String name) {
        try {
            Path directory = Files.createDirectories(buildDirectory().resolve("browser-failures"));
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    directory.resolve(name + ".html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the browser may be what broke; the test's own failure is the one to report
            System.err.println("Could not save the browser's state: " + e);
        }
    }

    /** The build directory (target, or -Dmekiki.build.dir): where the compiled tests live. */
    private static Path buildDirectory() {
        try {
            Path testClasses = Path.of(Browser.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
