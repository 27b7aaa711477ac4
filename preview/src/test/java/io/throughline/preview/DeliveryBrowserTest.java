package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The delivery trace in a browser: GROW-1's panel shows its work across three teams; the PM follows
 * the link to the linked work, opens a story, moves it to Done, and GROW-1's bar moves on the panel
 * and on the wiki's initiative card.
 */
class DeliveryBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void movingAStoryToDoneMovesTheInitiativesBar() {
        session.actAs("pm.growth", "/browse/GROW-1");

        WebElement delivery = session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.throughline-delivery")));
        assertThat(delivery.getAttribute("data-items")).isEqualTo("6");
        // The Identity dependency names IDN-8 as its provider issue, and IDN-8 is in GROW-1's trace.
        assertThat(session.browser.findElements(By.cssSelector(".throughline-provider-work"))).singleElement()
                .extracting(element -> element.getAttribute("textContent").strip()).isEqualTo("To Do");
        assertThat(overallDone()).isEqualTo("16");
        assertThat(delivery.findElement(By.cssSelector(".throughline-delivery-summary")).getText())
                .startsWith("1 of 6 items done (16 %)").contains("5 of 16 points done");
        assertThat(delivery.findElements(By.cssSelector(".throughline-team-bars li"))).extracting(WebElement::getText)
                .anyMatch(line -> line.startsWith("Identity")).anyMatch(line -> line.startsWith("Data"));
        session.screenshot(delivery, 120, "12-panel-delivery");

        delivery.findElement(By.cssSelector("a.throughline-search-link")).click();
        WebElement results = session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        assertThat(results.findElements(By.cssSelector("tr[data-key]"))).hasSize(6);
        results.findElement(By.cssSelector("tr[data-key='GROW-12'] a")).click();

        session.wait.until(ExpectedConditions.attributeToBe(By.id("item-status"), "data-status", "In Progress"));
        Browser.screenshot(session.browser, "13-delivery-item");
        session.browser.findElement(By.id("status-done")).click();
        session.wait.until(ExpectedConditions.attributeToBe(By.id("item-status"), "data-status", "Done"));

        session.open("/browse/GROW-1");
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.throughline-delivery")));
        assertThat(overallDone()).isEqualTo("33");

        // The stored roll-up was recomputed by the move itself (the listener path), not when a page asked.
        session.open("/");
        WebElement stored = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-key='GROW-1'] td[data-delivery]")));
        assertThat(stored.getAttribute("data-delivery")).isEqualTo("33");
        assertThat(stored.getText()).isEqualTo("33 % done (2 of 6 items)");
        assertThat(session.browser.findElement(By.cssSelector("tr[data-key='GROW-2'] td[data-delivery]")).getAttribute("data-delivery"))
                .isEqualTo("none");
        session.screenshot(stored, 200, "15-portfolio-delivery");

        session.open("/wiki/portfolio-review");
        WebElement card = session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".throughline-card-delivery")));
        assertThat(card.getAttribute("data-done")).isEqualTo("33");
        assertThat(card.getText()).contains("2 of 6 items done (33 %)", "Identity: 0 of 1 done");
        session.screenshot(card, 300, "14-wiki-card-delivery");
    }

    private static String overallDone() {
        return session.browser.findElement(By.cssSelector("section.throughline-delivery > .throughline-bar")).getAttribute("data-done");
    }
}
