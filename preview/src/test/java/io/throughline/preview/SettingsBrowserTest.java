package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The app's settings in a browser: the product-ops lead sees which of the demo's environments count
 * as production (production and prod-eu do, staging does not), mistypes a pattern and is told where,
 * then counts only "production": Mobile, which ships to prod-eu, has no deployment left on MOB-1's
 * panel until the default is put back.
 */
class SettingsBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    /** Each environment of the table with its verdict. */
    private static Map<String, String> environments() {
        return session.browser.findElements(By.cssSelector("#settings-environments tbody tr")).stream()
                .collect(Collectors.toMap(row -> row.getAttribute("data-environment"),
                        row -> row.findElements(By.tagName("td")).get(2).getText()));
    }

    private static WebElement pattern() {
        return session.wait.until(driver -> driver.findElement(By.id("setting-productionPattern")));
    }

    private static void save() {
        String version = session.browser.findElement(By.id("throughline-settings")).getAttribute("data-version");
        session.browser.findElement(By.id("settings-save")).click();
        session.wait.until(driver -> !version.equals(driver.findElement(By.id("throughline-settings"))
                .getAttribute("data-version")));
    }

    @Test
    void thePatternDecidesWhichEnvironmentsCountAndABadOneIsNamedAtItsField() {
        session.actAs("ops.lead", SettingsResource.PATH);
        assertThat(pattern().getAttribute("value")).isEqualTo("(?i)^(prod|production)([-_].*)?$");
        assertThat(environments()).containsEntry("production", "PRODUCTION").containsEntry("prod-eu", "PRODUCTION")
                .containsEntry("staging", "NOT COUNTED");

        pattern().clear();
        pattern().sendKeys("(production");
        session.browser.findElement(By.id("settings-save")).click();
        WebElement error = session.wait.until(driver -> {
            WebElement slot = driver.findElement(By.cssSelector("[data-error-for='productionPattern']"));
            return slot.getText().isBlank() ? null : slot;
        });
        assertThat(error.getText()).startsWith("Production environments is not a regular expression: ");
        assertThat(pattern().getAttribute("aria-invalid")).isEqualTo("true");

        pattern().clear();
        pattern().sendKeys("production");
        save();
        assertThat(environments()).containsEntry("production", "PRODUCTION").containsEntry("prod-eu", "NOT COUNTED");
        session.screenshot(session.browser.findElement(By.id("throughline-settings")), 40, "23-settings");
        assertThat(session.browser.findElements(By.cssSelector("[data-setting][data-setting]"))).hasSize(13);

        session.open("/browse/MOB-1");
        assertThat(session.wait.until(driver -> driver.findElement(
                By.cssSelector(".throughline-delivery-system .throughline-missing"))).getText())
                .isEqualTo("No production deployments of this initiative’s work in the last 90 days.");

        session.open(SettingsResource.PATH);
        session.browser.findElement(By.cssSelector("[data-throughline-reset='productionPattern']")).click();
        assertThat(pattern().getAttribute("value")).isEqualTo("(?i)^(prod|production)([-_].*)?$");
        save();
        assertThat(environments()).containsEntry("prod-eu", "PRODUCTION");
        assertThat(session.browser.findElement(By.cssSelector("[data-setting='productionPattern'] .description"))
                .getText()).endsWith("(in use now)");
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsTurnedAway() {
        session.actAs("pm.growth", SettingsResource.PATH);

        assertThat(session.browser.findElements(By.id("settings-form"))).isEmpty();
        assertThat(session.browser.findElement(By.id("content")).getText()).contains("Only administrators");
        session.actAs("ops.lead", "/");
    }
}
