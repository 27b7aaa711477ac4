package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Negotiation in a browser: Billing declined SUP-1's refund automation, which leaves SUP-1 blocked;
 * the support lead withdraws the request from the panel (confirming the irreversible step), and the
 * declined request no longer counts: SUP-1's dependency health moves on its panel and on the portfolio.
 */
class NegotiationBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void withdrawingTheDeclinedRequestTakesItOutOfSupOnesHealth() {
        session.actAs("lead.support", "/browse/SUP-1");
        String before = rollUp();
        assertThat(before).isEqualTo("BLOCKED");
        assertThat(portfolioHealth()).isEqualTo("BLOCKED");
        session.open("/browse/SUP-1");

        WebElement declined = dependency("Refund automation for guided-help flows");
        declined.findElement(By.name("withdrawReason")).sendKeys("Guided help ships without refunds this quarter");
        ((JavascriptExecutor) session.browser).executeScript("window.confirm = function () { return true; };");
        declined.findElement(By.cssSelector("[data-throughline-action='withdraw']")).click();

        session.wait.until(driver -> dependencies().stream().noneMatch(row -> row.getText()
                .contains("Refund automation for guided-help flows")));
        assertThat(session.browser.findElements(By.cssSelector(".throughline-withdrawn-line"))).singleElement()
                .extracting(WebElement::getText).asString()
                .startsWith("Billing: Refund automation for guided-help flows. Withdrawn by ")
                .endsWith(": Guided help ships without refunds this quarter");
        String after = rollUp();
        assertThat(after).isEqualTo("DONE");
        WebElement rows = session.browser.findElement(By.cssSelector("ul.throughline-dependencies"));
        session.screenshot(rows, 160, "16-dependency-withdrawn");
        assertThat(portfolioHealth()).isEqualTo(after);
    }

    @Test
    void aPmAsksAnotherTeamFromThePanelAndAMistakeIsNamedAtItsField() {
        session.actAs("pm.growth", "/browse/GROW-2");
        int before = dependencies().size();

        WebElement form = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-throughline-dependency-form]")));
        form.findElement(By.name("providerTeam")).sendKeys("Nobody");
        form.findElement(By.name("description")).sendKeys("Usage metering events for the upgrade prompt");
        ((JavascriptExecutor) session.browser).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name("neededBy")), java.time.LocalDate.now().plusDays(30).toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-throughline-dependency-form] [data-throughline-field-error='providerTeam']")));
        assertThat(error.getText()).contains("Nobody");
        assertThat(dependencies()).hasSize(before);

        WebElement team = form.findElement(By.name("providerTeam"));
        team.clear();
        team.sendKeys("data");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        session.wait.until(driver -> dependencies().size() == before + 1);
        assertThat(dependency("Usage metering events for the upgrade prompt").getText()).contains("Data");
    }

    /** The panel's overall dependency health, as its lozenge's text (CSS upper-cases it). */
    private static String rollUp() {
        return session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".throughline-roll-up .aui-lozenge")))
                .getAttribute("textContent").strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static String portfolioHealth() {
        session.open("/");
        return session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-key='SUP-1'] td:nth-child(5) .aui-lozenge"))).getAttribute("textContent").strip()
                .toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static List<WebElement> dependencies() {
        return session.browser.findElements(By.cssSelector("li.throughline-dependency"));
    }

    private static WebElement dependency(String description) {
        return session.wait.until(driver -> dependencies().stream().filter(row -> row.getText().contains(description))
                .findFirst().orElse(null));
    }
}
