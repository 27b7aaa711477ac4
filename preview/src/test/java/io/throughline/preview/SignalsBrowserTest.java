package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Signals section in a browser, on the demo's own history: PLAT-1 deploys often with no metric
 * movement, has had no evidence for weeks and carries an unaccepted contract change; MOB-1's trace
 * stood still; GROW-1 raises nothing.
 */
class SignalsBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    private static WebElement section() {
        return session.wait.until(driver -> driver.findElement(By.cssSelector(".throughline-signals")));
    }

    private static List<String> codes() {
        return section().findElements(By.cssSelector("li.throughline-signal")).stream()
                .map(badge -> badge.getAttribute("data-signal")).toList();
    }

    @Test
    void platformRaisesThreeSignalsEachWithItsReason() {
        session.actAs("ops.lead", "/browse/PLAT-1");

        assertThat(codes()).containsExactly("OUTPUT_WITHOUT_OUTCOME", "EVIDENCE_STALE", "TARGET_DRIFT");
        assertThat(section().findElement(By.cssSelector("[data-signal='TARGET_DRIFT']")).getText())
                .isEqualTo("TARGET DRIFT One contract change not accepted by a decision.");
        assertThat(section().findElement(By.cssSelector("[data-signal='OUTPUT_WITHOUT_OUTCOME'] .throughline-signal-reason"))
                .getText()).matches("\\d+ production deployments in 30 days and no metric reading moved toward the "
                        + "target in 60 days\\.");
        session.screenshot(section(), 40, "24-signals");
    }

    @Test
    void aStalledTraceAndAHealthyInitiative() {
        session.actAs("lead.mobile", "/browse/MOB-1");
        assertThat(codes()).as("its trace stood at 90 % for three Mondays and has not moved since, while its "
                + "releases came faster and failed more often").containsExactly("STALLED", "MOSTLY_DONE", "SPEED_BORROWED");
        assertThat(section().findElement(By.cssSelector("[data-signal='MOSTLY_DONE'] .throughline-signal-reason"))
                .getText()).contains("3 weekly", "90");
        assertThat(section().getText()).contains("nothing in its trace moved for");

        session.actAs("pm.growth", "/browse/GROW-1");
        assertThat(codes()).isEmpty();
        assertThat(section().getText()).contains("No signal raised: the record agrees with the status.");
    }
}
