package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An assistant's proposals in a browser: MOB-1 has a release-note draft the copy assistant proposed
 * (apart, not counted) and a review summary the mobile lead confirmed; the lead confirms the draft
 * from the panel, and it joins the ledger saying who confirmed it. A reader sees proposals but no
 * Confirm button; the context both cite opens from the panel as JSON and as Markdown.
 */
class ProvenanceBrowserTest {

    private static final String DRAFT = "Draft release note";

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void theLeadConfirmsTheAssistantsDraftAndItJoinsTheLedger() {
        session.actAs("lead.mobile", "/browse/MOB-1");
        WebElement proposed = session.wait.until(driver -> driver.findElement(By.cssSelector("ul.throughline-proposed")));
        assertThat(proposed.getText()).contains(DRAFT, "Proposed by the assistant Copy assistant, not confirmed yet",
                "Written against MOB-1@");
        assertThat(entries("ul.throughline-evidence:not(.throughline-proposed):not(.throughline-superseded)"))
                .anySatisfy(text -> assertThat(text).contains("Summary of 40 app-store reviews",
                        "Proposed by the assistant Review summarizer, confirmed by Mia Chen (Mobile lead)"))
                .anySatisfy(text -> assertThat(text).contains("Posted by an integration (Crash reporter export)"))
                .noneSatisfy(text -> assertThat(text).contains(DRAFT));
        session.screenshot(session.browser.findElement(By.cssSelector("p.throughline-context")), 260,
                "20-assistant-proposals");

        ((JavascriptExecutor) session.browser).executeScript("window.confirm = function () { return true; };");
        proposed.findElement(By.cssSelector("[data-throughline-action='confirm-evidence']")).click();

        session.wait.until(driver -> driver.findElements(By.cssSelector("ul.throughline-proposed")).isEmpty()
                && driver.findElement(By.cssSelector("ul.throughline-evidence")).getText().contains(DRAFT));
        assertThat(entries("ul.throughline-evidence:not(.throughline-superseded)"))
                .anySatisfy(text -> assertThat(text).contains(DRAFT,
                        "Proposed by the assistant Copy assistant, confirmed by Mia Chen (Mobile lead) on "));
    }

    @Test
    void aReaderSeesTheProposalsButMayNotConfirmAndEveryoneReadsTheContext() {
        session.actAs("lead.data", "/browse/MOB-1");
        session.wait.until(driver -> !driver.findElements(By.cssSelector("ul.throughline-evidence")).isEmpty());

        assertThat(session.browser.findElements(By.cssSelector("[data-throughline-action='confirm-evidence']"))).isEmpty();

        session.browser.findElement(By.cssSelector("[data-throughline-context='json']")).click();
        session.wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("\"citation\":\"MOB-1@"));
        session.browser.navigate().back();
        session.wait.until(driver -> !driver.findElements(By.cssSelector("[data-throughline-context='markdown']")).isEmpty());
        session.browser.findElement(By.cssSelector("[data-throughline-context='markdown']")).click();
        session.wait.until(driver -> driver.findElement(By.tagName("body")).getText()
                .startsWith("# MOB\\-1 — Offline mode"));
        assertThat(session.browser.findElement(By.tagName("body")).getText())
                .contains("## Latest evidence", "Summary of 40 app\\-store reviews");
    }

    private static List<String> entries(String list) {
        return session.browser.findElements(By.cssSelector(list + " > li.throughline-evidence-entry")).stream()
                .map(WebElement::getText).toList();
    }
}
