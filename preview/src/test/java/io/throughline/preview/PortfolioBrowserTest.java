package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portfolio page (the preview's landing page, the Jira page under the Throughline menu) in a
 * browser: the initiatives by stage with the gate ahead, narrowed by team and by signal through the
 * link, in another order, over two pages once the portfolio outgrows one, and the CSV link's target
 * holding exactly the rows the filters show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortfolioBrowserTest {

    @RegisterExtension
    static final PreviewBrowser session = PreviewBrowser.perClass();

    private static WebElement portfolio() {
        return session.wait.until(driver -> driver.findElement(By.id("throughline-portfolio")));
    }

    private static List<String> keys() {
        return portfolio().findElements(By.cssSelector("table[data-stage] > tbody > tr")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    private static void choose(String filter, String value) {
        new Select(session.browser.findElement(By.id("portfolio-" + filter))).selectByValue(value);
    }

    private static void apply(String expectedInUrl) {
        session.browser.findElement(By.id("portfolio-apply")).click();
        session.wait.until(driver -> driver.getCurrentUrl().contains(expectedInUrl));
    }

    /** The CSV the page's link points at, read as the viewer; its lines without the heading. */
    private static List<String> csvRows(String user) {
        URI link = URI.create(portfolio().findElement(By.id("portfolio-csv")).getAttribute("href"));
        String path = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        RunningPreview.Reply csv = session.preview.get(path, user);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines.get(0)).startsWith("Key,Summary,Team,Stage,");
        return lines.subList(1, lines.size());
    }

    private static List<String> keysOf(List<String> csvRows) {
        return csvRows.stream().map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    @Order(1)
    void theLeadReadsTheInitiativesByStageWithTheGateAheadOfEach() {
        session.actAs("ops.lead", "/");

        assertThat(keys()).contains("GROW-1", "GROW-2", "DATA-1", "MOB-1", "SUP-1");
        WebElement bets = portfolio().findElement(By.cssSelector("table[data-stage='BET']"));
        assertThat(bets.findElement(By.cssSelector("tr[data-key='GROW-2'] td[data-column='gate']")).getText())
                .containsIgnoringCase("Ready");
        assertThat(portfolio().findElement(By.cssSelector("[data-stage-heading='BET'] + p")).getText())
                .isEqualTo("Gate ahead: commit gate");
        assertThat(portfolio().findElement(By.cssSelector("[data-stage-heading='SHIPPED'] + p")).getText())
                .isEqualTo("Gate ahead: validation gate, or else invalidation gate");
        WebElement support = portfolio().findElement(By.cssSelector("tr[data-key='SUP-1']"));
        assertThat(support.findElements(By.cssSelector("[data-gate]"))).extracting(gate -> gate.getAttribute("data-gate"))
                .containsExactly("outcome", "invalidation");
        assertThat(support.findElements(By.cssSelector("li[data-signal='SHIPPED_WITHOUT_DEPLOYMENT']"))).hasSize(1);
        // What is missing opens under the verdict.
        WebElement missing = portfolio().findElement(By.cssSelector("details.throughline-portfolio-missing"));
        missing.findElement(By.tagName("summary")).click();
        assertThat(missing.findElement(By.tagName("li")).isDisplayed()).isTrue();
        session.screenshot(portfolio(), 10, "28-portfolio");
    }

    @Test
    @Order(2)
    void teamAndSignalNarrowTheRowsAndTheCsvHasExactlyThem() {
        session.actAs("ops.lead", "/");

        choose("team", "Growth");
        apply("team=Growth");
        assertThat(keys()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
        assertThat(keysOf(csvRows("ops.lead"))).containsExactlyElementsOf(keys());

        session.browser.findElement(By.id("portfolio-reset")).click();
        session.wait.until(driver -> !driver.getCurrentUrl().contains("team="));
        choose("signal", "STALLED");
        apply("signal=STALLED");
        assertThat(keys()).contains("MOB-1").doesNotContain("SUP-1", "GROW-2");
        assertThat(portfolio().findElements(By.cssSelector("li[data-signal='STALLED']"))).hasSize(keys().size());
        assertThat(portfolio().findElement(By.id("portfolio-csv")).getAttribute("href"))
                .endsWith("/rest/throughline/1.0/portfolio/initiatives/csv?signal=STALLED");
        assertThat(keysOf(csvRows("ops.lead"))).containsExactlyElementsOf(keys());
    }

    @Test
    @Order(3)
    void anotherOrderAppliesWithinEachStage() {
        session.actAs("ops.lead", "/");

        choose("sort", "KEY");
        choose("order", "desc");
        apply("order=desc");

        for (WebElement stage : portfolio().findElements(By.cssSelector("table[data-stage]"))) {
            List<String> inStage = stage.findElements(By.cssSelector("tbody > tr")).stream()
                    .map(row -> row.getAttribute("data-key")).toList();
            assertThat(inStage).as(stage.getAttribute("data-stage")).isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(new Select(session.browser.findElement(By.id("portfolio-order"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("desc");
    }

    @Test
    @Order(4)
    void aPortfolioOfMoreThanFiftyHasASecondPageAndTheCsvHasEveryRow() {
        for (int i = 10; i < 60; i++) {
            RunningPreview.Reply created = session.preview.post("/preview/initiatives", "ops.lead",
                    "{\"key\":\"BILL-" + i + "\",\"summary\":\"Billing bet " + i + "\",\"team\":\"Billing\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        session.actAs("ops.lead", "/");
        choose("team", "Billing");
        apply("team=Billing");
        List<String> first = keys();
        assertThat(first).hasSize(50);
        String paging = portfolio().findElement(By.id("portfolio-paging")).getText();
        int total = Integer.parseInt(paging.replaceAll(".* of (\\d+)\\..*", "$1"));
        assertThat(total).isGreaterThan(50);

        session.browser.findElement(By.id("portfolio-next")).click();
        session.wait.until(driver -> driver.getCurrentUrl().contains("page=2"));

        List<String> second = keys();
        assertThat(second).hasSize(total - 50).doesNotContainAnyElementsOf(first);
        assertThat(portfolio().findElement(By.id("portfolio-paging")).getText()).startsWith("Rows 51 to " + total);
        assertThat(portfolio().findElements(By.id("portfolio-previous"))).hasSize(1);
        assertThat(portfolio().findElements(By.id("portfolio-next"))).isEmpty();
        List<String> everyRow = keysOf(csvRows("ops.lead"));
        assertThat(everyRow).hasSize(total).containsAll(first).containsAll(second);
    }

    @Test
    @Order(5)
    void aWrongFilterIsShownAtTheFormAndAGuestSeesOnlyWhatTheyMayBrowse() {
        session.actAs("ops.lead", "/");
        session.open("/?stage=shipping");
        assertThat(portfolio().findElement(By.id("portfolio-errors")).getText()).contains("“shipping” is not a stage");

        session.actAs("guest", "/");
        assertThat(keys()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
        session.actAs("ops.lead", "/");
    }
}
