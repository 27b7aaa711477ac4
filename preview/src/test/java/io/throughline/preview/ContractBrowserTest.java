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

    @Test
    void assumptionsAreListedAndSettledFromThePanel() {
        browser.get(preview.base.resolve("/browse/GROW-2").toString());
        new Select(browser.findElement(By.id("act-as-user"))).selectByValue("pm.growth");
        browser.findElement(By.id("act-as-submit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#act-as-user option[selected]"), "value",
                "pm.growth"));

        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.throughline-assumptions")));
        assertThat(section.findElements(By.cssSelector("li.throughline-assumption")))
                .extracting(item -> item.getAttribute("data-status")).containsExactly("CONFIRMED", "REFUTED", "OPEN");
        assertThat(section.findElement(By.cssSelector("li[data-status='REFUTED'] .throughline-assumption-settled"))
                .getText()).startsWith("Settled by entry ");

        WebElement form = section.findElement(By.cssSelector("[data-throughline-assumption-form]"));
        form.findElement(By.name("text")).sendKeys("Upgrading admins keep their trial data");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.throughline-assumption"), 4));

        WebElement open = browser.findElements(By.cssSelector("li.throughline-assumption[data-status='OPEN']")).get(0);
        String id = open.getAttribute("data-assumption-id");
        WebElement resolve = open.findElement(By.cssSelector("[data-throughline-assumption-resolve]"));
        new Select(resolve.findElement(By.name("status"))).selectByValue("CONFIRMED");
        resolve.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("li.throughline-assumption[data-assumption-id='" + id + "']"), "data-status", "CONFIRMED"));

        WebElement settled = browser.findElement(By.cssSelector("section.throughline-assumptions"));
        assertThat(settled.findElements(By.cssSelector("li.throughline-assumption[data-status='OPEN']"))).hasSize(1);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 80)", settled);
        Browser.screenshot(browser, "18-assumptions");
    }
}
