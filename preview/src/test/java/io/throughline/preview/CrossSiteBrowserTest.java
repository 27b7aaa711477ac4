package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The probe's attack in a real browser: a page on another origin (another port of 127.0.0.1)
 * makes headless Chromium post to the preview, as the default administrator, every way a page may
 * without asking first — a bodyless no-cors fetch, a text/plain fetch, a form in a hidden frame.
 * Nothing changes.
 */
class CrossSiteBrowserTest {

    private static final String API = PreviewServer.REST_PATH;

    private static RunningPreview preview;
    private static HttpServer attacker;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Browser.available(), Browser::missing);
        preview = new RunningPreview();
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        attacker.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aPageOnAnotherSiteChangesNothing() {
        JsonNode committed = preview.committedDependency();
        int evidenceBefore = preview.get(API + "/initiatives/GROW-1/evidence", "ops.lead").json().size();
        String target = preview.origin();
        serve("/attack.html", """
                <!doctype html><html><body>
                <iframe name="sink" id="sink"></iframe>
                <form id="move" method="post" target="sink" action="%1$s/preview/initiatives/GROW-2/transition">
                  <input type="hidden" name="to" value="ABANDONED"></form>
                <script>
                  const done = () => { document.title = 'sent'; };
                  Promise.allSettled([
                    fetch('%1$s%2$s/dependencies/%3$d/deliver', {method: 'POST', mode: 'no-cors', credentials: 'include'}),
                    fetch('%1$s%2$s/initiatives/GROW-1/evidence', {method: 'POST', mode: 'no-cors', credentials: 'include',
                      headers: {'Content-Type': 'text/plain'}, body: '{"kind":"DECISION","summary":"planted"}'})
                  ]).then(() => {
                    document.getElementById('sink').onload = done;
                    document.getElementById('move').submit();
                  });
                </script></body></html>
                """.formatted(target, API, committed.get("id").asLong()));

        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/attack.html");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> "sent".equals(driver.getTitle()));

        assertThat(preview.dependencyState(committed)).isEqualTo("COMMITTED");
        assertThat(preview.get(API + "/initiatives/GROW-1/evidence", "ops.lead").json().size()).isEqualTo(evidenceBefore);
        assertThat(preview.get(API + "/initiatives/GROW-2", "ops.lead").json().get("stage").asText()).isEqualTo("BET");
    }

    /** The same form sent in the visitor's own window: the preview answers with a page saying nothing changed. */
    @Test
    void aFormFromAnotherSiteShowsWhyNothingChanged() {
        serve("/lure.html", """
                <!doctype html><html><body onload="document.forms[0].submit()">
                <form method="post" action="%s/preview/act-as"><input type="hidden" name="user" value="guest">
                <input type="hidden" name="return" value="/"></form></body></html>
                """.formatted(preview.origin()));

        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/lure.html");
        WebElement refused = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("form-refused")));

        assertThat(refused.getText()).contains("sent from another site, so nothing was changed");
        assertThat(browser.getCurrentUrl()).startsWith(preview.origin());
        Browser.screenshot(browser, "11-cross-site-refused");
    }

    private static void serve(String path, String html) {
        attacker.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
