package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "Requests to my team" in a browser: the Data lead opens the queue from the header, finds Growth's
 * request for instrumentation hardening waiting, is told at the field that a decline needs a reason,
 * then commits to a date, and the request moves from the waiting part of the queue to the committed one.
 */
class RequestsBrowserTest {

    private static final String REQUEST = "Instrumentation hardening for activation events";

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    @Test
    void theDataLeadCommitsToAWaitingRequestAndItMovesToCommitted() {
        session.actAs("lead.data", "/");
        WebElement nav = session.browser.findElement(By.id("nav-requests"));
        assertThat(nav.getText()).isEqualTo("Requests to my team");
        nav.click();
        WebElement waiting = row("requests-waiting", REQUEST);
        assertThat(new Select(session.browser.findElement(By.id("requests-team"))).getFirstSelectedOption().getText())
                .isEqualTo("Data");
        assertThat(waiting.getText()).contains("GROW-1", "Activation onboarding", "Team Growth");
        assertThat(waiting.findElement(By.cssSelector("a.throughline-request-consumer")).getAttribute("href"))
                .endsWith("/browse/GROW-1");

        waiting.findElement(By.cssSelector("[data-answer='decline'] button")).click();
        WebElement error = session.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-answer='decline'] [data-throughline-field-error='reason']")));
        assertThat(error.getText()).isNotBlank();
        assertThat(rows("requests-waiting")).anyMatch(row -> row.getText().contains(REQUEST));

        WebElement date = waiting.findElement(By.cssSelector("[data-answer='commit'] input[name='committedDate']"));
        String committed = LocalDate.parse(date.getAttribute("min")).plusDays(21).toString();
        ((JavascriptExecutor) session.browser).executeScript("arguments[0].value = arguments[1];", date, committed);
        waiting.findElement(By.cssSelector("[data-answer='commit'] button")).click();

        WebElement moved = row("requests-committed", REQUEST);
        assertThat(moved.getText()).contains("Committed for " + committed, "GROW-1");
        assertThat(moved.findElements(By.cssSelector("[data-throughline-request-action='deliver']"))).hasSize(1);
        assertThat(rows("requests-waiting")).noneMatch(row -> row.getText().contains(REQUEST));
        session.screenshot(session.browser.findElement(By.id("throughline-requests")), 20, "25-requests");

        session.open("/browse/GROW-1");
        assertThat(session.wait.until(driver -> driver.findElements(By.cssSelector("li.throughline-dependency")).stream()
                .filter(item -> item.getText().contains(REQUEST)).findFirst().orElse(null)).getText())
                .contains("Committed");
    }

    @Test
    void someoneWhoAnswersForNoTeamIsToldSoInWords() {
        session.actAs("guest", RequestsResource.PATH);

        assertThat(session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests-no-team"))).getText())
                .startsWith("You do not answer for any team");
        assertThat(session.browser.findElements(By.cssSelector("#throughline-requests table"))).isEmpty();
        session.actAs("ops.lead", "/");
    }

    private static List<WebElement> rows(String table) {
        return session.browser.findElements(By.cssSelector("#" + table + " tr.throughline-request"));
    }

    /** The row of {@code table} asking for {@code description}, once the page shows it. */
    private static WebElement row(String table, String description) {
        return session.wait.until(driver -> rows(table).stream().filter(row -> row.getText().contains(description))
                .findFirst().orElse(null));
    }
}
