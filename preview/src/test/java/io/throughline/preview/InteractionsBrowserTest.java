package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Team interaction modes in a browser: Growth asks Identity as a service answered within a day, so
 * GROW-1's two-day-old SSO request is at risk, and Growth and Data have no agreed way of working.
 * The product-ops lead makes Growth → Identity a collaboration (default SLA, five days) and gives
 * Growth → Data a mode, after a mistyped team is named at its row; the panel and the portfolio follow.
 */
class InteractionsBrowserTest {

    private static final String SSO = "Auth constraint: SSO users skip the password step";
    private static final String EVENTS = "Instrumentation hardening for activation events";

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void changingAPairsModeMovesItsSlaOnThePanelAndTheUndeclaredPairIsShownUntilItHasOne() {
        session.actAs("ops.lead", "/browse/GROW-1");
        WebElement sso = dependency(SSO);
        assertThat(health(sso)).isEqualTo("AT_RISK");
        assertThat(sso.findElement(By.cssSelector(".throughline-interaction")).getText())
                .isEqualTo("X as a service, answered within 1 day");
        assertThat(dependency(EVENTS).findElement(By.cssSelector(".throughline-no-interaction")).getText())
                .contains("Growth and Data have no agreed way of working together");

        session.open(InteractionsResource.PATH);
        WebElement identity = row("Growth", "Identity");
        new Select(identity.findElement(By.name("mode"))).selectByValue("COLLABORATION");
        identity.findElement(By.name("ackSlaDays")).clear();
        session.browser.findElement(By.id("interactions-add")).click();
        List<WebElement> rows = rows();
        WebElement added = rows.get(rows.size() - 1);
        added.findElement(By.name("consumerTeam")).sendKeys("Growth");
        added.findElement(By.name("providerTeam")).sendKeys("Dta");
        new Select(added.findElement(By.name("mode"))).selectByValue("FACILITATING");
        session.browser.findElement(By.id("interactions-save")).click();

        WebElement error = session.wait.until(driver -> {
            WebElement slot = rows().get(rows.size() - 1).findElement(By.cssSelector("[data-error-for='providerTeam']"));
            return slot.getText().isBlank() ? null : slot;
        });
        assertThat(error.getText()).isEqualTo("There is no team Dta.");
        assertThat(session.browser.findElement(By.id("interactions-errors")).getText()).contains("#" + rows.size() + ": ");

        WebElement team = rows().get(rows.size() - 1).findElement(By.name("providerTeam"));
        team.clear();
        team.sendKeys("Data");
        session.browser.findElement(By.id("interactions-save")).click();
        session.wait.until(driver -> !row("Growth", "Data").findElements(By.cssSelector("option[value='FACILITATING'][selected]"))
                .isEmpty());
        assertThat(row("Growth", "Identity").findElement(By.name("ackSlaDays")).getAttribute("value")).isEqualTo("5");
        session.screenshot(session.browser.findElement(By.id("interactions-table")), 120, "19-interaction-modes");

        session.open("/browse/GROW-1");
        sso = dependency(SSO);
        assertThat(health(sso)).isEqualTo("ON_TRACK");
        assertThat(sso.findElement(By.cssSelector(".throughline-interaction")).getText())
                .isEqualTo("Collaboration, answered within 5 days");
        WebElement events = dependency(EVENTS);
        assertThat(events.findElements(By.cssSelector(".throughline-no-interaction"))).isEmpty();
        assertThat(events.findElement(By.cssSelector(".throughline-interaction")).getText())
                .isEqualTo("Facilitating, answered within 5 days");

        session.open("/");
        assertThat(session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#team-pairs tr[data-consumer='Growth'][data-provider='Data']")))
                .getAttribute("data-mode")).isEqualTo("FACILITATING");
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsTurnedAway() {
        session.actAs("pm.growth", InteractionsResource.PATH);

        assertThat(session.browser.findElements(By.id("interactions-table"))).isEmpty();
        assertThat(session.browser.findElement(By.id("content")).getText()).contains("Only administrators");
        session.actAs("ops.lead", "/");
    }

    private static List<WebElement> rows() {
        return session.browser.findElements(By.cssSelector("#interactions-table tbody tr"));
    }

    private static WebElement row(String consumer, String provider) {
        return session.wait.until(driver -> rows().stream()
                .filter(row -> consumer.equals(row.findElement(By.name("consumerTeam")).getAttribute("value"))
                        && provider.equals(row.findElement(By.name("providerTeam")).getAttribute("value")))
                .findFirst().orElse(null));
    }

    private static WebElement dependency(String description) {
        return session.wait.until(driver -> session.browser.findElements(By.cssSelector("li.throughline-dependency")).stream()
                .filter(row -> row.getText().contains(description)).findFirst().orElse(null));
    }

    /** A dependency's health, as its lozenge's text (CSS upper-cases it). */
    private static String health(WebElement dependency) {
        return dependency.findElement(By.cssSelector(".aui-lozenge")).getAttribute("textContent").strip()
                .toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
