package io.throughline.preview;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A freshly seeded preview and a headless Chromium on it, for one browser test class: skipped (with
 * the reason) where Chromium is missing, closed together. The steps every walk repeats live here:
 * act as a demo user on a page, and scroll an element into the screenshot.
 */
final class PreviewBrowser implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    RunningPreview preview;
    ChromeDriver browser;
    WebDriverWait wait;

    private PreviewBrowser() {
    }

    /**
     * One preview and browser for the test class that registers it
     * ({@code @RegisterExtension static final PreviewBrowser session = PreviewBrowser.perClass();}):
     * started before its first test, closed after its last.
     */
    static PreviewBrowser perClass() {
        return new PreviewBrowser();
    }

    /** Starts both now, or skips the calling test class when this machine has no Chromium. */
    static PreviewBrowser start() {
        PreviewBrowser session = new PreviewBrowser();
        session.open();
        return session;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void open() {
        Assumptions.assumeTrue(Browser.available(), Browser::missing);
        preview = new RunningPreview();
        try {
            browser = Browser.start();
            wait = patient(browser);
        } catch (RuntimeException e) {
            preview.close();
            preview = null;
            throw e;
        }
    }

    /** Opens {@code path} and switches the preview's acting user with the header's Act as. */
    void actAs(String user, String path) {
        actAs(browser, wait, preview, user, path);
    }

    /**
     * Act as, for tests that keep their own browser: waits for the page the switch loads to replace
     * this one before reading it, so a busy machine never reads the old page mid-navigation.
     */
    static void actAs(ChromeDriver browser, WebDriverWait wait, RunningPreview preview, String user, String path) {
        browser.get(preview.base.resolve(path).toString());
        new Select(browser.findElement(By.id("act-as-user"))).selectByValue(user);
        // A mark on this page's window: the page the switch loads has none.
        ((JavascriptExecutor) browser).executeScript("window.throughlineBeforeSwitch = true;");
        browser.findElement(By.id("act-as-submit")).click();
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return window.throughlineBeforeSwitch !== true && document.readyState === 'complete';")));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#act-as-user option[selected]"), "value", user));
    }

    /**
     * What a wait forgives while it polls: besides a stale element, Chromium answers a query about an
     * element of a page it is leaving with a general error ("Node with given id does not belong to the
     * document"). A real failure still ends the wait, at its timeout, with the last error as cause.
     */
    static WebDriverWait patient(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    void open(String path) {
        browser.get(preview.base.resolve(path).toString());
    }

    /** Scrolls so that {@code element} sits {@code margin} pixels below the top, then saves the screenshot. */
    void screenshot(WebElement element, int margin, String name) {
        ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - arguments[1])",
                element, margin);
        Browser.screenshot(browser, name);
    }

    @Override
    public void close() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (preview != null) {
                preview.close();
            }
            browser = null;
            preview = null;
        }
    }
}
