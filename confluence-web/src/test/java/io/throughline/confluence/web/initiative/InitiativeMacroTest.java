package io.throughline.confluence.web.initiative;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.MacroWorld.parameters;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.MacroWorld;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InitiativeMacroTest {

    private final MacroWorld world = new MacroWorld();

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void showsTheCardFromOneRequest() {
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));

        String html = world.initiative.render(parameters("key", " pay-3 "), as(ADMIN));

        assertThat(world.server.requests()).containsExactly(ADMIN + " /initiatives/PAY-3");
        assertThat(html).contains("<a href=\"" + world.browse("PAY-3") + "\">PAY-3</a> Checkout latency",
                "<dt>Stage</dt><dd>Committed</dd>", "<dt>Owner</dt><dd>pm.payments</dd>", "<dt>Team</dt><dd>Payments</dd>",
                "<p>p95 checkout latency: 900 ms → 400 ms</p>", "Latest reading: 930 ms on 2026-02-25",
                "<dd>2026-02-28 (Overdue by 2 days)</dd>",
                "<dd>1 current entry; the freshest observed on 2026-02-25 (5 days ago)</dd>",
                "<dt>Ready to commit?</dt>", "data-health=\"BLOCKED\">Blocked</span> <span class=\"throughline-counts\">1 blocked</span>",
                "As of 12:00");
    }

    @Test
    void listsWhatTheCommitGateFindsMissing() {
        world.server.answer(ADMIN, "/initiatives/GROW-1", 200, world.contract.initiativeCard(ADMIN, "GROW-1"));

        String html = world.initiative.render(parameters("key", "GROW-1"), as(ADMIN));

        assertThat(html).contains("Not ready:", "evidence entries observed in the last 90 days",
                "<dd>2026-05-01 (60 days left)</dd>", "No metric reading yet.", "No evidence recorded yet.");
    }

    @Test
    void anUnseenKeyShowsJirasWordsAndWhatToDo() {
        world.server.answer("viewer", "/initiatives/PAY-3", 404,
                "{\"errors\":[{\"field\":null,\"message\":\"There is no initiative PAY-3 that you can see.\"}]}");

        String html = world.initiative.render(parameters("key", "PAY-3"), as("viewer"));

        assertThat(html).contains("HTTP 404", "Jira says: There is no initiative PAY-3 that you can see.",
                "Check the issue key").doesNotContain("Checkout latency");
    }

    @Test
    void aMalformedOrMissingKeyIsAParameterProblem() {
        assertThat(world.initiative.render(parameters("key", "GROW 1"), as(ADMIN)))
                .contains("data-parameter=\"key\"", "Parameter key: &#34;GROW 1&#34; is not a Jira issue key");
        assertThat(world.initiative.render(Map.of(), as(ADMIN))).contains("Parameter key is missing");
        assertThat(world.server.requests()).isEmpty();
    }
}
