package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The wiki page's scorecard macros in a browser, rendered by the Confluence macro code over the
 * preview's REST API as the viewer: what is delivering (PLAT-1 with its unaccepted contract change),
 * and Support's outcome and signals only; a guest sees none of PLAT-1.
 */
class ScorecardMacroBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    private static List<WebElement> macros() {
        return session.wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".throughline-scorecard-macro"));
            return found.size() == 2 ? found : null;
        });
    }

    @Test
    void theDeliveringScorecardShowsPlatformsRowWithItsSignalBadgesAndReasons() {
        session.actAs("ops.lead", "/wiki/portfolio-review");
        WebElement delivering = macros().get(0);
        WebElement platform = delivering.findElement(By.cssSelector("tr[data-key='PLAT-1']"));

        assertThat(delivering.findElement(By.cssSelector(".throughline-scorecard-asof")).getText())
                .matches("As of the end of \\d{4}-\\d\\d-\\d\\d; trends compare with \\d{4}-\\d\\d-\\d\\d\\..*");
        assertThat(platform.findElement(By.cssSelector("td[data-column='key'] a")).getAttribute("href"))
                .endsWith("/browse/PLAT-1");
        assertThat(platform.findElement(By.cssSelector("td[data-column='stage']")).getText()).isEqualTo("Delivering");
        WebElement drift = platform.findElement(By.cssSelector("td[data-column='signals'] li[data-signal='TARGET_DRIFT']"));
        assertThat(drift.findElement(By.cssSelector(".aui-lozenge")).getAttribute("textContent")).isEqualTo("Target drift");
        assertThat(drift.findElement(By.cssSelector(".throughline-signal-reason")).getText())
                .isEqualTo("One contract change not accepted by a decision.");
        assertThat(delivering.findElements(By.cssSelector("tr[data-key]")))
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector("td[data-column='stage']")).getText())
                        .isEqualTo("Delivering"));
        WebElement teams = delivering.findElement(By.cssSelector("table.throughline-scorecard-teams"));
        assertThat(teams.findElement(By.cssSelector("tr[data-team='Platform'] svg.throughline-series title"))
                .getAttribute("textContent")).startsWith("Median days to acknowledge requests to Platform, ");
        session.screenshot(delivering, 60, "27-scorecard-macro");
    }

    @Test
    void supportsScorecardShowsOnlyTheOutcomeAndSignalGroups() {
        session.actAs("ops.lead", "/wiki/portfolio-review");
        WebElement support = macros().get(1);

        List<String> columns = support.findElements(By.cssSelector("table.throughline-scorecard-rows th")).stream()
                .map(heading -> heading.getAttribute("data-column")).toList();
        assertThat(columns).containsExactly("key", "summary", "team", "stage", "metric", "progress", "signals");
        assertThat(support.findElement(By.cssSelector("tr[data-key='SUP-1'] td[data-column='team']")).getText())
                .isEqualTo("Support");
        assertThat(support.findElements(By.cssSelector("tr[data-key]:not([data-key^='SUP-'])"))).isEmpty();
    }

    @Test
    void aGuestSeesNoneOfWhatTheyMayNotBrowse() {
        session.actAs("guest", "/wiki/portfolio-review");

        assertThat(macros().get(0).findElements(By.cssSelector("tr[data-key='PLAT-1']"))).isEmpty();
        assertThat(session.browser.getPageSource()).doesNotContain("One contract change not accepted");
    }
}
