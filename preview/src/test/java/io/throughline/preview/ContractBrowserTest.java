package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The commitment record in a browser: PLAT-1's target was loosened in Jira after it was committed;
 * its panel shows the drift, the platform lead records the decision that accepts the change, and the
 * drift is gone. DATA-1's re-baselined target shows no drift at all.
 */
class ContractBrowserTest {

    private static RunningPreview preview;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), Browser::missing);
        preview = new RunningPreview();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aDecisionAcceptingTheLoosenedTargetEndsTheDrift() {
        browser.get(preview.base.resolve("/browse/PLAT-1").toString());
        new Select(browser.findElement(By.id("act-as-user"))).selectByValue("lead.platform");
        browser.findElement(By.id("act-as-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#act-as-user option[selected]"), "value",
                "lead.platform"));

        WebElement commitment = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.throughline-commitment")));
        assertThat(commitment.findElement(By.cssSelector(".throughline-committed")).getText())
                .startsWith("Committed on ");
        assertThat(commitment.findElements(By.cssSelector(".throughline-drift-line"))).extracting(WebElement::getText)
                .containsExactly("Target changed after commit: 300 ms → 350 ms, not accepted.");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 80)", commitment);
        Browser.screenshot(browser, "17-commitment-drift");

        WebElement form = browser.findElement(By.cssSelector("[data-throughline-evidence-form]"));
        new Select(form.findElement(By.name("kind"))).selectByValue("DECISION");
        form.findElement(By.name("summary")).sendKeys("Accept 350 ms: the broker upgrade slips to Q3");
        Select accepts = new Select(form.findElement(By.name("accepts")));
        assertThat(accepts.getOptions()).hasSize(2);
        accepts.selectByIndex(1);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".throughline-drift-line"), 0));
        assertThat(browser.findElements(By.cssSelector("select[name='accepts']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section.throughline-commitment")).getText())
                .startsWith("Commitment");
        assertThat(browser.findElement(By.cssSelector("[data-throughline-panel]")).getText())
                .contains("Accept 350 ms: the broker upgrade slips to Q3");

        browser.get(preview.base.resolve("/browse/DATA-1").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.throughline-commitment")));
        assertThat(browser.findElements(By.cssSelector(".throughline-drift-line"))).isEmpty();
    }
}
