package io.throughline.confluence.web.initiative;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.MacroWorld.parameters;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.MacroWorld;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.time.Instant;
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

        assertThat(world.server.requests()).containsExactly(ADMIN + " /initiatives/PAY-3", ADMIN + " /initiatives/PAY-3/trace",
                ADMIN + " /initiatives/PAY-3/delivery-performance?days=90", ADMIN + " /initiatives/PAY-3/signals");
        assertThat(html).contains("<a href=\"" + world.browse("PAY-3") + "\">PAY-3</a> Checkout latency",
                "<dt>Stage</dt><dd>Committed</dd>", "<dt>Owner</dt><dd>pm.payments</dd>", "<dt>Team</dt><dd>Payments</dd>",
                "<p>p95 checkout latency: 900 ms → 400 ms</p>", "Latest reading: 930 ms on 2026-02-25",
                "<dd>2026-02-28 (Overdue by 2 days)</dd>",
                "<dd>1 current entry; the freshest observed on 2026-02-25 (5 days ago)</dd>",
                "<dt>What comes next</dt><dd>No gate until it ships.", "data-health=\"BLOCKED\">Blocked</span> <span class=\"throughline-counts\">1 blocked</span>",
                "As of 12:00");
    }

    @Test
    void theCardShowsTheDeliveryBarAndTheTeamsDelivering() {
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        world.contract.world.delivery.issue("PAY-30", "Epic", "Payments", StatusCategory.IN_PROGRESS, null, at)
                .issue("PAY-31", "Story", "Payments", StatusCategory.DONE, 3, at)
                .issue("IDN-40", "Story", "Identity", StatusCategory.TO_DO, 2, at)
                .edge("PAY-3", "PAY-30", TraceVia.LINK).edge("PAY-30", "PAY-31", TraceVia.EPIC)
                .edge("PAY-30", "IDN-40", TraceVia.EPIC);
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));
        world.server.answer(ADMIN, "/initiatives/PAY-3/trace", 200, world.contract.trace(ADMIN, "PAY-3"));

        String html = world.initiative.render(parameters("key", "PAY-3"), as(ADMIN));

        assertThat(html).contains("<dt>Delivery</dt><dd class=\"throughline-card-delivery\" data-done=\"33\">",
                "<span class=\"throughline-bar-done\" style=\"width: 33%\"></span>", "<p>1 of 3 items done (33 %)</p>",
                "<li>Identity: 0 of 1 done</li>", "<li>Payments: 1 of 2 done</li>");
    }

    @Test
    void theCardShowsTheHeadlineDeliveryFiguresWithTheirCounts() {
        Instant now = world.contract.world.clock.now();
        io.throughline.core.initiative.InitiativeKey pay = io.throughline.core.initiative.InitiativeKey.parse("PAY-3");
        world.contract.world.app.performance().record(io.throughline.core.common.UserRef.of(ADMIN), java.util.List.of(
                io.throughline.core.performance.DeliveryEvent.deployment(
                        new io.throughline.core.performance.EventKey("ci", "d1"), now.minusSeconds(86_400 * 5), "checkout",
                        "prod", java.util.Set.of(pay), java.util.List.of(), true, java.util.Set.of()),
                io.throughline.core.performance.DeliveryEvent.deployment(
                        new io.throughline.core.performance.EventKey("ci", "d2"), now.minusSeconds(86_400 * 2), "checkout",
                        "prod", java.util.Set.of(pay), java.util.List.of(), false, java.util.Set.of()),
                io.throughline.core.performance.DeliveryEvent.rollback(
                        new io.throughline.core.performance.EventKey("ci", "r1"), now.minusSeconds(86_400 * 2 - 3_600),
                        "checkout", "prod")));
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));
        world.server.answer(ADMIN, "/initiatives/PAY-3/delivery-performance?days=90", 200,
                world.contract.performance(ADMIN, "PAY-3"));

        String html = world.initiative.render(parameters("key", "PAY-3"), as(ADMIN));

        assertThat(html).contains("<dt>Delivery system</dt><dd class=\"throughline-card-performance\">",
                "<li>Deployments: 2 in 90 days (0.16 a week)</li>", "<li>Change fail rate: 50 % (1 of 2 deployments)</li>",
                "<li>Recovery time: median 1.00 h (1 recovered, 0 still open)</li>",
                "<li>Rework rate: 50 % (1 of 2 deployments unplanned)</li>");
    }

    @Test
    void theCardShowsTheSignalsThePanelShows() {
        world.contract.world.clock.advanceDays(20);
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));
        world.server.answer(ADMIN, "/initiatives/PAY-3/signals", 200, world.contract.signals(ADMIN, "PAY-3"));

        String html = world.initiative.render(parameters("key", "PAY-3"), as(ADMIN));

        assertThat(html).contains("<dt>Signals</dt><dd class=\"throughline-card-signals\">",
                "<li class=\"throughline-signal\" data-signal=\"NOT_STARTED\"><span class=\"aui-lozenge aui-lozenge-moved\">"
                        + "Not started</span> Committed ");
    }

    @Test
    void signalsWithMarkupInTheirWordsAreEscaped() {
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));
        world.server.answer(ADMIN, "/initiatives/PAY-3/signals", 200, "{\"initiative\":\"PAY-3\",\"asOf\":\"x\","
                + "\"signals\":[{\"signal\":\"<b>\",\"name\":\"<i>n</i>\",\"reason\":\"<script>r</script>\"}]}");

        String html = world.initiative.render(parameters("key", "PAY-3"), as(ADMIN));

        assertThat(html).contains("data-signal=\"&#60;b&#62;\"", "&#60;i&#62;n&#60;/i&#62;", "&#60;script&#62;r")
                .doesNotContain("<script>", "<i>n");
    }

    @Test
    void anInitiativeRaisingNoSignalSaysSo() {
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));
        world.server.answer(ADMIN, "/initiatives/PAY-3/signals", 200, world.contract.signals(ADMIN, "PAY-3"));

        assertThat(world.initiative.render(parameters("key", "PAY-3"), as(ADMIN)))
                .contains("<dt>Signals</dt><dd class=\"throughline-card-signals\"><p>No signal raised: the record "
                        + "agrees with the status.</p></dd>");
    }

    @Test
    void aJiraWithoutTheTraceLeavesTheCardWithoutDelivery() {
        world.server.answer(ADMIN, "/initiatives/PAY-3", 200, world.contract.initiativeCard(ADMIN, "PAY-3"));

        String html = world.initiative.render(parameters("key", "PAY-3"), as(ADMIN));

        assertThat(html).contains("Checkout latency").doesNotContain("Delivery", "throughline-bar");
    }

    @Test
    void aShippedInitiativeShowsTheOutcomeAndInvalidationGates() {
        world.server.answer(ADMIN, "/initiatives/GROW-5", 200, shippedCard("GROW-5", true));
        world.server.answer(ADMIN, "/initiatives/GROW-6", 200, shippedCard("GROW-6", false));

        String html = world.initiative.render(parameters("key", "GROW-5"), as(ADMIN));
        String fromAnOlderJira = world.initiative.render(parameters("key", "GROW-6"), as(ADMIN));

        assertThat(html).contains("<dt data-gate=\"outcome\">Ready to validate?</dt>",
                "Not validated yet: one check is missing before this initiative can be validated.",
                "<li>No reading meets the target yet.</li>",
                "<dt data-gate=\"invalidation\">Or close it as invalidated?</dt>",
                "Possible: what was learned since it shipped is on the record.",
                "<p class=\"throughline-on-defaults\">No transition out of this status carries this gate")
                .doesNotContain("Ready to commit?");
        // A Jira on an earlier version sends commit and outcome only, and no "ahead": the card applies the rule itself.
        assertThat(fromAnOlderJira).contains("<dt data-gate=\"outcome\">Ready to validate?</dt>")
                .doesNotContain("Ready to commit?", "data-gate=\"invalidation\"");
    }

    /** A shipped initiative's card as Jira sends it; an earlier version of the app sent neither the invalidation gate nor "ahead". */
    private static String shippedCard(String key, boolean current) {
        String gates = "\"commit\":{\"passed\":true,\"violations\":[]},"
                + "\"outcome\":{\"passed\":false,\"violations\":[{\"policy\":\"outcome-met\",\"field\":null,"
                + "\"message\":\"No reading meets the target yet.\"}]" + (current ? ",\"onDefaults\":true" : "") + "}"
                + (current ? ",\"invalidation\":{\"passed\":true,\"violations\":[]},\"ahead\":[\"outcome\",\"invalidation\"]"
                        : "");
        return "{\"key\":\"" + key + "\",\"summary\":\"Onboarding\",\"team\":\"GROW\",\"owner\":\"pm\","
                + "\"successMetric\":null,\"evidenceHorizon\":\"2026-04-01\",\"stage\":\"SHIPPED\",\"gates\":{" + gates + "},"
                + "\"evidence\":{\"count\":0,\"lastObservedOn\":null,\"latestReading\":null,\"latestReadingOn\":null},"
                + "\"dependencies\":{\"rollUp\":null,\"counts\":{\"ON_TRACK\":0,\"AT_RISK\":0,\"BLOCKED\":0,\"DONE\":0}}}";
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
