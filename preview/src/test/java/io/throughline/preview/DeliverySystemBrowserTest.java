package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Delivery system section in a browser: MOB-1 ships rarely and fails often (an incident still
 * open, one tied to its service), GROW-1 ships every other day; each figure says what it counts and
 * the weekly bars mark the failed deployments. On the wiki page, Mobile's team delivery shows the
 * coordination debt its slowing answers raise.
 */
class DeliverySystemBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    private static List<String> figures() {
        return session.browser.findElements(By.cssSelector(".throughline-delivery-system .throughline-figures li")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void mobileShowsItsFailuresAndTheOpenIncident() {
        session.actAs("lead.mobile", "/browse/MOB-1");
        WebElement section = session.wait.until(driver -> driver.findElement(By.cssSelector(".throughline-delivery-system")));

        assertThat(figures()).anySatisfy(line -> assertThat(line).matches("Deployments: \\d+ in 90 days \\(.* a week\\)"))
                .anySatisfy(line -> assertThat(line).startsWith("Change fail rate: ").contains("tied to an incident by its service"))
                .anySatisfy(line -> assertThat(line).startsWith("Recovery time: median ").endsWith("1 still open)"))
                .anySatisfy(line -> assertThat(line).isEqualTo("Services: mobile-sync"));
        WebElement chart = section.findElement(By.cssSelector("svg.throughline-weekly"));
        assertThat(chart.getAttribute("aria-label")).startsWith("Production deployments per week over 13 weeks:");
        assertThat(section.findElements(By.cssSelector("rect.throughline-weekly-failed"))).hasSizeGreaterThanOrEqualTo(3);
        session.screenshot(section, 40, "21-delivery-system");
    }

    @Test
    void growthShipsOftenAndAGuestSeesTheFiguresOfWhatTheyMayBrowse() {
        session.actAs("pm.growth", "/browse/GROW-1");
        session.wait.until(driver -> !driver.findElements(By.cssSelector(".throughline-delivery-system")).isEmpty());
        String deployments = figures().get(0);

        session.actAs("guest", "/browse/GROW-1");
        session.wait.until(driver -> !driver.findElements(By.cssSelector(".throughline-delivery-system")).isEmpty());

        assertThat(deployments).matches("Deployments: (3\\d|4\\d) in 90 days .*");
        assertThat(figures()).first().asString().startsWith("Deployments: ");
    }

    @Test
    void theWikiPageShowsMobilesDeliveryFiguresAndCoordinationDebtThroughTheTeamMacro() {
        session.actAs("ops.lead", "/wiki/portfolio-review");
        WebElement team = session.wait.until(driver -> driver.findElement(By.cssSelector(".throughline-team-delivery")));

        assertThat(team.getText()).contains("Delivery system of Mobile", "Deployments: ", "Change fail rate: ",
                "1 still open");
        List<WebElement> signals = team.findElements(By.cssSelector(".throughline-team-signals li.throughline-signal"));
        assertThat(signals).extracting(signal -> signal.getAttribute("data-signal")).containsExactly("COORDINATION_DEBT");
        assertThat(signals.get(0).getText()).matches("COORDINATION DEBT The median acknowledgement latency of its "
                + "requests grew 4 weeks in a row, from \\d+\\.\\d\\d to \\d+\\.\\d\\d days\\.");
        session.screenshot(team, 80, "22-wiki-team-delivery");
    }
}
