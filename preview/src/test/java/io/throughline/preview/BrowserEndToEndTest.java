package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The onboarding story in a real browser against a started preview: the commit is blocked with the
 * missing items listed, evidence is added through the panel, the providers commit as themselves,
 * and the commit then goes through. An XSS payload typed as evidence stays text. The panel then
 * follows the initiative through delivery, shipping and its close, showing the gates ahead of each stage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserEndToEndTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static RunningPreview preview;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        if (!Browser.available()) {
            System.err.println("WARNING: " + Browser.missing());
        }
        Assumptions.assumeTrue(Browser.available(), Browser::missing);
        preview = new RunningPreview();
        browser = Browser.start();
        wait = PreviewBrowser.patient(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    @Order(2)
    void onboardingInitiativeGoesFromBlockedToCommitted() {
        actAs("pm.growth", "/browse/GROW-1");
        Browser.screenshot(browser, "01-onboarding-initiative");

        browser.findElement(By.id("move-COMMITTED")).click();
        WebElement blocked = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflow-blocked")));
        assertThat(blocked.findElements(By.tagName("li"))).extracting(e -> e.getAttribute("data-policy"))
                .containsExactly("evidence-sufficient", "dependencies-acknowledged", "dependencies-acknowledged");
        assertThat(blocked.getText()).contains("No evidence entries observed in the last 90 days",
                "Dependency on Identity", "Dependency on Data");
        Browser.screenshot(browser, "02-commit-blocked");

        addEvidence("CUSTOMER_INSIGHT", XSS, "https://research.example.com/onboarding", "");
        addEvidence("METRIC_READING", "Activation baseline from the weekly dashboard", "", "22");
        assertThat(browser.findElement(By.cssSelector("[data-throughline-panel]")).getText()).contains(XSS);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("[data-throughline-panel] img[src='x'], [onerror]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-throughline-panel] img")))
                .as("only the avatars the host draws beside names").isNotEmpty()
                .allSatisfy(img -> assertThat(img.getAttribute("src")).contains("/preview/avatars/"));

        commitDependencyAs("lead.identity", "Identity");
        commitDependencyAs("lead.data", "Data");

        actAs("pm.growth", "/browse/GROW-1");
        browser.findElement(By.id("move-COMMITTED")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflow-moved")));
        assertThat(browser.findElement(By.id("workflow-stage")).getText()).contains("COMMITTED");
        Browser.screenshot(browser, "03-committed");

        actAs("ops.lead", "/wiki/" + PageShell.WIKI_PAGE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".throughline-dependency-status")));
        List<String> worstCells = browser.findElements(By.cssSelector(".throughline-cell[data-worst]")).stream()
                .map(cell -> cell.getAttribute("data-worst")).toList();
        assertThat(worstCells).contains("BLOCKED", "AT_RISK", "ON_TRACK");
        String page = browser.findElement(By.cssSelector(".wiki-content")).getText();
        assertThat(page).contains("Provider initiative DATA-1 is blocked", "Billing declined",
                "Waiting 10 days for Data to commit or decline", "Activation onboarding");
        assertThat(browser.findElements(By.cssSelector(".throughline-dependency-status tr[data-dependency]")))
                .isNotEmpty();
        Browser.screenshot(browser, "04-wiki-page");
    }

    @Test
    @Order(3)
    void thePanelFollowsTheInitiativeThroughEveryStage() {
        // GROW-1 was committed above: no gate lies ahead until it ships.
        actAs("pm.growth", "/browse/GROW-1");
        assertThat(gatesOnPanel()).isEmpty();
        assertThat(panelText()).contains("What comes next", "No gate until it ships").doesNotContain("Ready to commit?");
        Browser.screenshot(browser, "06-panel-committed");

        move("DELIVERING");
        assertThat(gatesOnPanel()).isEmpty();
        assertThat(panelText()).contains("No gate until it ships");

        move("SHIPPED");
        assertThat(gatesOnPanel()).containsExactly("outcome", "invalidation");
        assertThat(panelText()).contains("Ready to validate?", "Or close it as invalidated?")
                .doesNotContain("Ready to commit?");
        Browser.screenshot(browser, "07-panel-shipped");

        addEvidence("RESEARCH", "Activation did not move: the password step was not the blocker", "", "");
        move("INVALIDATED");
        assertThat(gatesOnPanel()).isEmpty();
        assertThat(panelText()).contains("Closed as Invalidated: the record is read-only.");
        assertThat(browser.findElements(By.cssSelector("[data-throughline-evidence-form]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-throughline-action]"))).isEmpty();
    }

    @Test
    @Order(4)
    void aRefusedFormPutsEachMessageNextToItsFieldInView() {
        actAs("pm.growth", "/browse/GROW-2");
        WebElement form = browser.findElement(By.cssSelector("[data-throughline-evidence-form]"));
        form.findElement(By.name("sourceUrl")).sendKeys("ftp://files.example.com/survey");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-throughline-evidence-form] [data-throughline-field-error='summary']")));
        assertThat(summary.getText()).isEqualTo("Summary is required.");
        assertThat(browser.findElement(By.cssSelector("[data-throughline-field-error='sourceUrl']")).getText())
                .contains("http");
        assertThat(inView(summary)).as("the first error is scrolled into view").isTrue();
        Browser.screenshot(browser, "08-form-error");
    }

    @Test
    @Order(5)
    void aPanelAddedAfterThePageLoadedWorksToo() {
        // What Jira's issue search does: it loads the panels into the page by AJAX.
        actAs("pm.growth", "/browse/GROW-2");
        browser.executeScript("var panel = document.querySelector('[data-throughline-panel]');"
                + "var copy = document.createElement('div'); copy.id = 'loaded-later';"
                + "copy.innerHTML = panel.outerHTML; panel.parentNode.removeChild(panel);"
                + "document.body.appendChild(copy);");
        WebElement form = browser.findElement(By.cssSelector("#loaded-later [data-throughline-evidence-form]"));
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#loaded-later [data-throughline-field-error='summary']")));
        assertThat(summary.getText()).isEqualTo("Summary is required.");
    }

    @Test
    @Order(6)
    void longUnbrokenTextWrapsWhileDatesAndButtonsStayWhole() {
        String endless = "Onboarding" + "x".repeat(230);
        RunningPreview.Reply created = preview.post("/preview/initiatives", "pm.growth", "{\"key\": \"GROW-90\", "
                + "\"summary\": \"" + endless + "\", \"team\": \"Growth\", \"owner\": \"pm.growth\", "
                + "\"successMetric\": \"Activation rate: 22% -> 30%\", \"evidenceHorizon\": \"2026-12-31\"}");
        assertThat(created.status()).isEqualTo(201);
        String link = "https://dash.example.com/q?" + "y".repeat(1900);
        assertThat(preview.post("/rest/throughline/1.0/initiatives/GROW-90/evidence", "pm.growth",
                "{\"kind\": \"RESEARCH\", \"summary\": \"" + "z".repeat(440) + "\", \"sourceUrl\": \"" + link + "\"}")
                .status()).isEqualTo(201);

        actAs("pm.growth", "/browse/GROW-90");

        Object widths = browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> pair = (List<?>) widths;
        assertThat(((Number) pair.get(0)).longValue()).as("page width with 240 and 1,900 unbroken characters")
                .isLessThanOrEqualTo(((Number) pair.get(1)).longValue());
        Object wrapping = browser.executeScript("return Array.from(document.querySelectorAll('time, .aui-button'))"
                + ".filter(e => getComputedStyle(e).whiteSpace !== 'nowrap').map(e => e.outerHTML);");
        assertThat((List<?>) wrapping).as("dates and buttons that could break").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-throughline-panel] time"))).isNotEmpty();
        Browser.screenshot(browser, "10-long-text");
    }

    private static boolean inView(WebElement element) {
        Object visible = browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        return Boolean.TRUE.equals(visible);
    }

    @Test
    @Order(1)
    void portfolioShowsInitiativesByStageWithGateAndHealth() {
        actAs("ops.lead", "/");

        assertThat(browser.findElements(By.cssSelector("table[data-stage] tr[data-key]"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.cssSelector("tr[data-key='GROW-2']")).getText()).containsIgnoringCase("Ready");
        assertThat(browser.findElement(By.cssSelector("tr[data-key='DATA-1']")).getText()).contains("BLOCKED");
        Browser.screenshot(browser, "00-portfolio");
    }

    @Test
    @Order(10)
    void theSetupCheckShowsAProblemAndItsFixButtonRepairsIt() {
        actAs("ops.lead", "/");
        browser.findElement(By.id("nav-setup")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("throughline-setup")));
        WebElement fields = browser.findElement(By.cssSelector("table[data-section='fields']"));
        assertThat(fields.findElements(By.cssSelector("tr[data-status='PROBLEM']"))).hasSize(2);
        assertThat(fields.getText()).contains("The edit screen Default screen lacks: Success metric, Evidence horizon.");

        browser.findElement(By.id("setup-fix")).click();
        WebElement changed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setup-fix-result")));
        assertThat(changed.findElements(By.cssSelector("li.throughline-setup-change"))).extracting(WebElement::getText)
                .containsExactly("Added Success metric to the screen Default screen.",
                        "Added Evidence horizon to the screen Default screen.");
        assertThat(browser.findElements(By.cssSelector("tr[data-status='PROBLEM']"))).isEmpty();
        assertThat(browser.findElements(By.id("setup-fix"))).isEmpty();
        Browser.screenshot(browser, "09-admin-setup");
    }

    private static void actAs(String user, String path) {
        PreviewBrowser.actAs(browser, wait, preview, user, path);
    }

    private static void move(String stage) {
        browser.findElement(By.id("move-" + stage)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflow-moved")));
        assertThat(browser.findElement(By.id("workflow-stage")).getText()).contains(stage);
        actAs("pm.growth", "/browse/GROW-1");
    }

    private static List<String> gatesOnPanel() {
        return browser.findElements(By.cssSelector("[data-throughline-panel] section[data-gate]")).stream()
                .map(section -> section.getAttribute("data-gate")).toList();
    }

    private static String panelText() {
        return browser.findElement(By.cssSelector("[data-throughline-panel]")).getText();
    }

    private static void addEvidence(String kind, String summary, String source, String value) {
        int before = evidenceRows();
        WebElement form = browser.findElement(By.cssSelector("[data-throughline-evidence-form]"));
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        form.findElement(By.name("summary")).sendKeys(summary);
        form.findElement(By.name("sourceUrl")).sendKeys(source);
        form.findElement(By.name("observedValue")).sendKeys(value);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> evidenceRows() > before);
    }

    private static int evidenceRows() {
        return browser.findElements(By.cssSelector("li.throughline-evidence-entry")).size();
    }

    private static void commitDependencyAs(String user, String team) {
        actAs(user, "/browse/GROW-1");
        WebElement button = commitButtonFor(team);
        button.click();
        wait.until(driver -> {
            try {
                return commitButtons().stream().noneMatch(b -> rowOf(b).getText().contains(team));
            } catch (WebDriverException reloading) {
                // The panel reloads the page after a change; a node read mid-reload is gone, so look again.
                return false;
            }
        });
    }

    private static WebElement commitButtonFor(String team) {
        return commitButtons().stream().filter(b -> rowOf(b).getText().contains(team)).findFirst()
                .orElseThrow(() -> new AssertionError("no commit button for " + team + " on the panel"));
    }

    private static List<WebElement> commitButtons() {
        return browser.findElements(By.cssSelector("[data-throughline-action='commit']"));
    }

    private static WebElement rowOf(WebElement button) {
        return button.findElement(By.xpath("ancestor::li[contains(@class,'throughline-dependency')][1]"));
    }
}
