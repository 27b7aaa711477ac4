package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The scorecard page in a browser: every initiative the lead may see with its signals, the filters
 * narrowing it through the link, a refused filter shown at the form, and the CSV link carrying the
 * same query.
 */
class ScorecardBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    private static WebElement scorecard() {
        return session.wait.until(driver -> driver.findElement(By.id("throughline-scorecard")));
    }

    private static List<String> keys() {
        return scorecard().findElements(By.cssSelector("#scorecard-rows > tbody > tr")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    @Test
    void theLeadReadsOneRowPerInitiativeAndNarrowsItWithTheFilters() {
        session.actAs("ops.lead", "/scorecard");

        assertThat(keys()).contains("GROW-1", "MOB-1", "PLAT-1", "SUP-1");
        WebElement support = scorecard().findElement(By.cssSelector("tr[data-key='SUP-1']"));
        assertThat(support.findElement(By.cssSelector("td[data-column='stage']")).getText()).isEqualTo("Shipped");
        assertThat(support.findElements(By.cssSelector("li[data-signal='SHIPPED_WITHOUT_DEPLOYMENT']"))).hasSize(1);
        assertThat(support.findElements(By.cssSelector("td[data-column='metric'] svg title"))).hasSize(1);
        assertThat(scorecard().findElements(By.cssSelector("#scorecard-teams tr[data-team]"))).isNotEmpty();
        session.screenshot(scorecard(), 10, "26-scorecard");

        new Select(session.browser.findElement(By.id("scorecard-signal"))).selectByValue("STALLED");
        session.browser.findElement(By.id("scorecard-apply")).click();
        session.wait.until(driver -> driver.getCurrentUrl().contains("signal=STALLED"));
        assertThat(keys()).isNotEmpty().contains("MOB-1").doesNotContain("SUP-1", "GROW-1");
        assertThat(scorecard().findElement(By.id("scorecard-csv")).getAttribute("href"))
                .endsWith("/rest/throughline/1.0/scorecard/csv?signal=STALLED");

        session.browser.findElement(By.id("scorecard-reset")).click();
        session.wait.until(driver -> !driver.getCurrentUrl().contains("signal="));
        assertThat(keys()).contains("SUP-1");
    }

    @Test
    void aDayThatHasNotEndedIsRefusedAtTheForm() {
        session.actAs("ops.lead", "/scorecard");
        session.open("/scorecard?asOf=2999-01-01");

        WebElement errors = scorecard().findElement(By.id("scorecard-errors"));
        assertThat(errors.getText()).contains("2999-01-01 has not ended yet");
        assertThat(session.browser.findElement(By.id("scorecard-as-of")).getAttribute("value")).isEqualTo("2999-01-01");
    }

    @Test
    void aGuestSeesOnlyTheInitiativesTheyMayBrowse() {
        session.actAs("guest", "/scorecard");
        assertThat(keys()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
    }
}
