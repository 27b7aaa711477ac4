package io.throughline.confluence.web.scorecard;

import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.row;
import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.RecordedContract;
import io.throughline.confluence.web.ReplyCache;
import io.throughline.confluence.web.jira.JiraDataSource;
import io.throughline.confluence.web.jira.JiraReplies;
import io.throughline.confluence.web.jira.JiraReply;
import io.throughline.core.common.UserRef;
import io.throughline.core.testing.MutableClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code throughline-scorecard} over a fake Jira: one request per render as the viewer, kept per
 * viewer, the last good answer shown as stale while Jira fails, and refusals never covered up.
 */
class ScorecardMacroTest {

    private static final String SUPPORT = "/scorecard?team=Support&limit=100";
    private static final String VIEWER = "viewer.growth";

    private final FakeJira jira = new FakeJira();
    private final MutableClock clock = MutableClock.at(RecordedContract.TODAY);
    private final ScorecardMacro macro = new ScorecardMacro(new CachedJira(jira, ReplyCache.withDefaults(clock)));

    @Test
    void asksJiraOnceForTheTeamAndStageAsTheViewer() {
        jira.answer(ADMIN, "/scorecard?team=Support&stage=SHIPPED&limit=100", 200, scorecard().with(row("SUP-1")).json());

        String html = render(ADMIN, "team", "Support", "stage", "shipped", "columns", "outcome");

        assertThat(jira.requests).containsExactly(ADMIN + " /scorecard?team=Support&stage=SHIPPED&limit=100");
        assertThat(html).startsWith("<div class=\"throughline-macro throughline-scorecard-macro\">")
                .contains("<a href=\"https://jira.example.com/browse/SUP-1\">SUP-1</a>", "As of 12:00");
    }

    @Test
    void eachViewerHasTheirOwnAnswerAndTheirOwnCache() {
        jira.answer(ADMIN, SUPPORT, 200, scorecard().with(row("SUP-1")).with(row("SUP-2").summary("Secret")).json());
        jira.answer(VIEWER, SUPPORT, 200, scorecard().with(row("SUP-1")).json());

        String admin = render(ADMIN, "team", "Support");
        String viewer = render(VIEWER, "team", "Support");
        render(ADMIN, "team", "Support", "columns", "signals");
        render(VIEWER, "team", "Support");

        assertThat(admin).contains("Secret");
        assertThat(viewer).contains("SUP-1").doesNotContain("SUP-2", "Secret");
        assertThat(jira.requests).containsExactly(ADMIN + " " + SUPPORT, VIEWER + " " + SUPPORT);
    }

    @Test
    void whileJiraFailsTheViewersLastAnswerShowsAsStale() {
        jira.answer(ADMIN, SUPPORT, 200, scorecard().with(row("SUP-1")).json());
        render(ADMIN, "team", "Support");
        clock.advance(Duration.ofMinutes(5));
        jira.failWith(new JiraReply.HttpError(503, null));

        String stale = render(ADMIN, "team", "Support");
        String nobodyElse = render(VIEWER, "team", "Support");

        assertThat(stale).contains("Stale since 12:00", "Jira answered with an error (HTTP 503)", "data-key=\"SUP-1\"",
                "As of 12:00");
        assertThat(nobodyElse).contains("Jira answered with an error (HTTP 503)").doesNotContain("SUP-1");
        assertThat(jira.requests).hasSize(3);
    }

    @Test
    void aRefusalIsNeverCoveredWithTheLastAnswer() {
        jira.answer(ADMIN, SUPPORT, 200, scorecard().with(row("SUP-1")).json());
        render(ADMIN, "team", "Support");
        clock.advance(Duration.ofMinutes(5));
        jira.failWith(new JiraReply.HttpError(403, null));

        String refused = render(ADMIN, "team", "Support");
        jira.failWith(new JiraReply.Unreachable("down"));
        String afterwards = render(ADMIN, "team", "Support");

        assertThat(refused).contains("HTTP 403").doesNotContain("SUP-1", "Stale since");
        assertThat(afterwards).contains("Jira could not be reached").doesNotContain("SUP-1");
    }

    @Test
    void jirasAnswerToAnUnknownTeamIsShownInItsWords() {
        jira.answer(ADMIN, "/scorecard?team=Nowhere&limit=100", 400,
                "{\"errors\":[{\"field\":\"team\",\"message\":\"There is no team <Nowhere> you may see.\"}]}");

        assertThat(render(ADMIN, "team", "Nowhere")).contains("Jira says: There is no team &#60;Nowhere&#62; you may see.",
                "Check the macro&#39;s parameters");
    }

    @Test
    void parameterProblemsAreAPanelNamingEachParameterAndNothingIsAsked() {
        String html = render(ADMIN, "stage", "Launched", "columns", "outcome,trends");

        assertThat(html).contains("This Throughline macro needs its parameters fixed", "data-parameter=\"stage\"",
                "data-parameter=\"columns\"", "Parameter columns: &#34;trends&#34; is not a column group.");
        assertThat(jira.requests).isEmpty();
    }

    @Test
    void anAnswerOfAnotherShapeSaysTheVersionsDiffer() {
        jira.answer(ADMIN, "/scorecard?limit=100", 200, "{\"asOf\":\"2026-03-02\",\"rows\":[]}");

        assertThat(render(ADMIN)).contains("Jira&#39;s answer could not be read", "same version of Throughline");
    }

    @Test
    void readsTheScorecardJiraRecordsForTheViewer() {
        RecordedContract contract = new RecordedContract();
        contract.world.permissions.views(UserRef.of(VIEWER), "GROW");
        // The recorded reading went straight into the ledger, past the write that refreshes a line.
        contract.world.app.scorecard().refresh(io.throughline.core.initiative.InitiativeKey.parse("PAY-3"));
        jira.answer(ADMIN, "/scorecard?limit=100", 200, contract.scorecard(ADMIN, null, null));
        jira.answer(VIEWER, "/scorecard?limit=100", 200, contract.scorecard(VIEWER, null, null));
        jira.answer(ADMIN, "/scorecard?stage=COMMITTED&limit=100", 200, contract.scorecard(ADMIN, null, "COMMITTED"));

        String admin = render(ADMIN);
        String viewer = render(VIEWER);
        String committed = render(ADMIN, "stage", "Committed", "columns", "outcome");

        assertThat(admin).contains("data-key=\"GROW-1\"", "data-key=\"IDN-7\"", "data-key=\"PAY-3\"",
                "900 → 930 → 400 ms <svg class=\"throughline-sparkline\"", "<tr data-team=\"Payments\">");
        assertThat(viewer).contains("data-key=\"GROW-1\"").doesNotContain("PAY-3", "IDN-7", "Checkout latency");
        assertThat(committed).contains("data-key=\"PAY-3\"", "data-key=\"IDN-7\"").doesNotContain("data-key=\"GROW-1\"");
    }

    private String render(String viewer, String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return macro.render(parameters, MacroContext.of(viewer, Locale.ENGLISH, ZoneOffset.UTC));
    }

    /** Jira's REST API as recorded answers per (viewer, path), or one failure for every request; it notes each request. */
    private static final class FakeJira implements JiraDataSource {

        final List<String> requests = new CopyOnWriteArrayList<>();
        private final Map<String, JiraReply> answers = new HashMap<>();
        private JiraReply failure;

        void answer(String viewer, String path, int status, String body) {
            answers.put(viewer + " " + path, JiraReplies.of(status, body));
        }

        void failWith(JiraReply.Failure reply) {
            failure = reply;
        }

        @Override
        public JiraReply get(String viewer, String path) {
            requests.add(viewer + " " + path);
            if (failure != null) {
                return failure;
            }
            return answers.getOrDefault(viewer + " " + path, new JiraReply.HttpError(404, null));
        }

        @Override
        public String browserBaseUrl() {
            return "https://jira.example.com";
        }
    }
}
