package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The commitment record in a browser: PLAT-1's target was loosened in Jira after it was committed;
 * its panel shows the drift, the platform lead records the decision that accepts the change, and the
 * drift is gone. DATA-1's re-baselined target shows no drift at all.
 */
class ContractBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void aDecisionAcceptingTheLoosenedTargetEndsTheDrift() {
        session.actAs("lead.platform", "/browse/PLAT-1");

        WebElement commitment = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.throughline-commitment")));
        assertThat(commitment.findElement(By.cssSelector(".throughline-committed")).getText())
                .startsWith("Committed on ");
        assertThat(commitment.findElements(By.cssSelector(".throughline-drift-line"))).extracting(WebElement::getText)
                .containsExactly("Target changed after commit: 300 ms → 350 ms, not accepted.");
        session.screenshot(commitment, 80, "17-commitment-drift");

        WebElement form = session.browser.findElement(By.cssSelector("[data-throughline-evidence-form]"));
        new Select(form.findElement(By.name("kind"))).selectByValue("DECISION");
        form.findElement(By.name("summary")).sendKeys("Accept 350 ms: the broker upgrade slips to Q3");
        form.findElement(By.name("decidedBy")).sendKeys("lead.platform, ops.lead");
        form.findElement(By.name("rationale")).sendKeys("The broker upgrade slips to Q3");
        Select accepts = new Select(form.findElement(By.name("accepts")));
        assertThat(accepts.getOptions()).hasSize(2);
        accepts.selectByIndex(1);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        session.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".throughline-drift-line"), 0));
        assertThat(session.browser.findElements(By.cssSelector("select[name='accepts']"))).isEmpty();
        assertThat(session.browser.findElement(By.cssSelector("section.throughline-commitment")).getText())
                .startsWith("Commitment");
        assertThat(session.browser.findElement(By.cssSelector("[data-throughline-panel]")).getText())
                .contains("Accept 350 ms: the broker upgrade slips to Q3");

        assertThat(session.browser.findElement(By.cssSelector("ul.throughline-decision")).getText())
                .contains("Why: The broker upgrade slips to Q3").contains("Decided by Paul Nowak (Platform lead)");

        session.open("/browse/DATA-1");
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.throughline-commitment")));
        assertThat(session.browser.findElements(By.cssSelector(".throughline-drift-line"))).isEmpty();
        assertThat(session.browser.findElement(By.cssSelector("ul.throughline-decision")).getText())
                .contains("Chose: Re-baseline to $33,000 until March");
    }

    @Test
    void assumptionsAreListedAndSettledFromThePanel() {
        session.actAs("pm.growth", "/browse/GROW-2");

        WebElement section = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.throughline-assumptions")));
        assertThat(section.findElements(By.cssSelector("li.throughline-assumption")))
                .extracting(item -> item.getAttribute("data-status")).containsExactly("CONFIRMED", "REFUTED", "OPEN");
        assertThat(section.findElement(By.cssSelector("li[data-status='REFUTED'] .throughline-assumption-settled"))
                .getText()).startsWith("Settled by entry ");

        WebElement form = section.findElement(By.cssSelector("[data-throughline-assumption-form]"));
        form.findElement(By.name("text")).sendKeys("Upgrading admins keep their trial data");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        session.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.throughline-assumption"), 4));

        WebElement open = session.browser.findElements(By.cssSelector("li.throughline-assumption[data-status='OPEN']")).get(0);
        String id = open.getAttribute("data-assumption-id");
        WebElement resolve = open.findElement(By.cssSelector("[data-throughline-assumption-resolve]"));
        new Select(resolve.findElement(By.name("status"))).selectByValue("CONFIRMED");
        resolve.findElement(By.cssSelector("button[type=submit]")).click();
        session.wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("li.throughline-assumption[data-assumption-id='" + id + "']"), "data-status", "CONFIRMED"));

        WebElement settled = session.browser.findElement(By.cssSelector("section.throughline-assumptions"));
        assertThat(settled.findElements(By.cssSelector("li.throughline-assumption[data-status='OPEN']"))).hasSize(1);
        session.screenshot(settled, 80, "18-assumptions");
    }
}
