package io.mekiki.scoping;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the scoping pages, one per test, driven through waits only. Both
 * binaries are given explicitly so that Selenium never tries to download a driver.
 */
final class ScopingBrowser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    static ScopingBrowser withJavaScript() {
        return new ScopingBrowser(true);
    }

    /** A browser that runs no script at all: the pages must work by plain forms. */
    static ScopingBrowser withoutJavaScript() {
        return new ScopingBrowser(false);
    }

    private ScopingBrowser(boolean javaScript) {
        driver = io.mekiki.Browser.chromium("ja", null, javaScript);
        wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Override
    public void close() {
        driver.quit();
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Adds an option of a multiple select to those already chosen, or chooses the option of a single one. */
    void choose(By select, String value) {
        new Select(find(select)).selectByValue(value);
    }

    /** Waits until the element exists and its text contains the given text; returns its whole text. */
    String waitForText(By by, String text) {
        wait.until(driver -> {
            try {
                List<WebElement> found = driver.findElements(by);
                return !found.isEmpty() && found.get(0).getText().contains(text);
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
        return textOf(by);
    }

    /** The text of an element that htmx may be replacing just now. */
    String textOf(By by) {
        return wait.until(driver -> {
            try {
                return driver.findElement(by).getText();
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return null;
            }
        });
    }

    void waitForAbsence(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    void waitForLanguage(String language) {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    boolean displayed(By by) {
        return find(by).isDisplayed();
    }

    /** Lays the page out as for paper, as the print dialog would. */
    void emulatePrint() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    String activeElementId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }
}
