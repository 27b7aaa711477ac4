package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview's pages as a person's browser meets them: unknown addresses, refused forms, the icon, the issue view. */
class PreviewPagesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void aBrowserAskingForAnUnknownPageGetsAnHtmlPageThatLinksBack() {
        RunningPreview.Reply page = preview.send(preview.request("/no/such/page", "pm.growth")
                .header("Accept", BROWSER_ACCEPT).GET());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Page not found</h1>", "There is no page at /no/such/page in this preview.",
                "<a href=\"/\">Back to the portfolio</a>");
    }

    @Test
    void anApiClientAskingForAnUnknownAddressStillGetsTheJsonError() {
        RunningPreview.Reply wildcard = preview.send(preview.request("/no/such/page", "pm.growth")
                .header("Accept", "*/*").GET());
        RunningPreview.Reply rest = preview.send(preview.request("/rest/api/2/nothing", "pm.growth")
                .header("Accept", BROWSER_ACCEPT).GET());

        assertThat(wildcard.status()).isEqualTo(404);
        assertThat(wildcard.json().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(rest.status()).isEqualTo(404);
        assertThat(rest.body()).startsWith("{\"errors\"");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWithAPageSayingNothingChanged() {
        RunningPreview.Reply refused = preview.send(preview.request("/preview/initiatives/GROW-2/transition", null)
                .header("Content-Type", FORM).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("to=COMMITTED")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("This form was not accepted", "sent from another site, so nothing was changed");
        assertThat(preview.get("/rest/throughline/1.0/initiatives/GROW-2", "ops.lead").json().get("stage").asText())
                .isEqualTo("BET");
    }

    @Test
    void aFormWithABadStageShowsTheIssuePageWithTheMessage() {
        RunningPreview.Reply refused = preview.send(preview.form("/preview/initiatives/GROW-1/transition", "pm.growth",
                "to=%3Cb%3ESHIPPED%3C%2Fb%3E"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"form-refused\"", "“&#60;b&#62;SHIPPED&#60;/b&#62;” is not a stage",
                "id=\"summary-val\"", "data-throughline-panel").doesNotContain("<b>SHIPPED");
    }

    @Test
    void aPageForSomeoneThePreviewDoesNotKnowFailsClosedLikeTheApi() {
        RunningPreview.Reply page = preview.send(preview.request("/browse/IDN-1", null)
                .header("Accept", BROWSER_ACCEPT).header("Cookie", PreviewIdentity.COOKIE + "=former.employee").GET());
        RunningPreview.Reply api = preview.send(preview.request("/rest/throughline/1.0/initiatives/IDN-1", null)
                .header("Cookie", PreviewIdentity.COOKIE + "=former.employee").GET());

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("There is no user “former.employee” in this preview", "id=\"act-as\"")
                .doesNotContain("Single sign-on");
        assertThat(api.status()).isEqualTo(401);
    }

    @Test
    void theBrowserTabGetsTheAppsIcon() {
        RunningPreview.Reply favicon = preview.get("/favicon.ico", null);
        RunningPreview.Reply icon = preview.get(StaticResource.ICON, null);

        assertThat(favicon.status()).isEqualTo(301);
        assertThat(favicon.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(StaticResource.ICON));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(preview.get("/", "pm.growth").body()).contains("rel=\"icon\"");
    }

    @Test
    void peopleOnThePanelHaveTheirAvatarBesideTheirName() {
        String page = preview.get("/browse/GROW-1", "pm.growth").body();
        RunningPreview.Reply avatar = preview.get("/preview/avatars/pm.growth.svg", null);

        assertThat(page).contains("<img src=\"/preview/avatars/pm.growth.svg\" alt=\"\"");
        assertThat(avatar.status()).isEqualTo(200);
        assertThat(avatar.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(avatar.body()).contains(">GO</text>");
        assertThat(preview.get("/preview/avatars/nobody.svg", null).status()).isEqualTo(404);
    }

    @Test
    void theIssuePageReadsLikeJirasIssueView() {
        String page = preview.get("/browse/GROW-1", "pm.growth").body();

        assertThat(page).contains("id=\"summary-val\"", "<dd data-field=\"type\">Initiative</dd>",
                "id=\"workflow-stage\">BET</span>", "<dd data-field=\"team\">Growth</dd>",
                "<dd data-field=\"owner\">Gabriel Okafor (Growth PM)</dd>", "data-field=\"metric\">Activation rate");
        assertThat(page.indexOf("id=\"workflow\"")).as("workflow buttons in the bar under the summary")
                .isGreaterThan(page.indexOf("id=\"summary-val\"")).isLessThan(page.indexOf("id=\"details-module\""));
        assertThat(page.indexOf("<div class=\"throughline-preview-side\"")).as("the panel in the right column")
                .isGreaterThan(page.indexOf("id=\"details-module\""));
        assertThat(page).contains("/static/css/throughline.css", "throughline-page");
    }
}
