package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Rounds of requests released together (a latch) against one or more previews, and what must hold
 * after each: of two moves from one stage exactly one is made, of several creates of one key exactly
 * one succeeds, the losers get 409 and never a 500. The stage history is read from the database.
 */
final class HttpRaces implements AutoCloseable {

    static final String API = "/rest/throughline/1.0";
    private static final String PM = "pm.growth";

    private final List<RunningPreview> nodes;
    private final StageHistory history;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    /** Requests go to the nodes in turn: with two nodes, each race is node one against node two. */
    HttpRaces(List<RunningPreview> nodes, StageHistory history) {
        this.nodes = List.copyOf(nodes);
        this.history = history;
    }

    /** Each round: a fresh bet that can pass the commit gate, then COMMITTED and ABANDONED from BET at once. */
    void raceTwoMovesFromOneStage(int rounds, int firstKey) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String key = "GROW-" + (firstKey + round);
            committableBet(key);
            String path = "/preview/initiatives/" + key + "/transition";
            List<RunningPreview.Reply> replies = together(
                    () -> node(0).post(path, PM, "{\"to\":\"COMMITTED\",\"from\":\"BET\"}"),
                    () -> node(1).post(path, PM, "{\"to\":\"ABANDONED\",\"from\":\"BET\"}"));

            assertThat(replies).as("round %d: %s", round, described(replies)).extracting(RunningPreview.Reply::status)
                    .containsExactlyInAnyOrder(200, 409);
            RunningPreview.Reply won = replies.get(0).status() == 200 ? replies.get(0) : replies.get(1);
            RunningPreview.Reply lost = won == replies.get(0) ? replies.get(1) : replies.get(0);
            Stage winner = Stage.valueOf(won.json().get("stage").asText());
            JsonNode refusal = lost.json().get("errors").get(0);
            assertThat(refusal.get("field").asText()).isEqualTo("to");
            assertThat(refusal.get("message").asText()).contains(key, "changed by someone else");
            assertThat(history.changesFor(InitiativeKey.parse(key))).as("round %d", round)
                    .extracting(StageChange::to).containsExactly(Stage.BET, winner);
            assertThat(node(1).get(API + "/initiatives/" + key, PM).json().get("stage").asText())
                    .isEqualTo(winner.name());
        }
    }

    /** Each round: {@code writers} creates of one new key at once, each with its own summary. */
    void raceCreatesOfOneKey(int rounds, int firstKey, int writers) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String key = "GROW-" + (firstKey + round);
            List<Supplier<RunningPreview.Reply>> creates = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                RunningPreview target = node(writer);
                String body = createBody(key, "Writer " + writer);
                creates.add(() -> target.post("/preview/initiatives", PM, body));
            }
            List<RunningPreview.Reply> replies = together(creates);

            List<Integer> statuses = replies.stream().map(RunningPreview.Reply::status).toList();
            assertThat(statuses).as("round %d: %s", round, described(replies)).containsOnly(201, 409)
                    .filteredOn(status -> status == 201).hasSize(1);
            int winner = statuses.indexOf(201);
            replies.stream().filter(reply -> reply.status() == 409).forEach(reply ->
                    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("key"));
            assertThat(node(1).get(API + "/initiatives/" + key, PM).json().get("summary").asText())
                    .isEqualTo("Writer " + winner);
            assertThat(history.changesFor(InitiativeKey.parse(key))).as("round %d", round).hasSize(1);
        }
    }

    /** Owner, measurable metric, horizon and two fresh entries (one sourced): the commit gate passes. */
    private void committableBet(String key) {
        assertThat(node(0).post("/preview/initiatives", PM, createBody(key, "Race " + key)).status()).isEqualTo(201);
        assertThat(node(0).post(API + "/initiatives/" + key + "/evidence", PM, "{\"kind\":\"CUSTOMER_INSIGHT\","
                + "\"summary\":\"Admins abandon setup\",\"sourceUrl\":\"https://example.com/r/1\"}").status()).isEqualTo(201);
        assertThat(node(1).post(API + "/initiatives/" + key + "/evidence", PM, "{\"kind\":\"METRIC_READING\","
                + "\"summary\":\"Baseline\",\"observedValue\":22}").status()).isEqualTo(201);
        assertThat(node(1).get(API + "/initiatives/" + key, PM).json().get("gates").get("commit").get("passed")
                .asBoolean()).as("commit gate of %s", key).isTrue();
    }

    private static String createBody(String key, String summary) {
        return "{\"key\":\"" + key + "\",\"summary\":\"" + summary + "\",\"team\":\"Growth\",\"owner\":\"" + PM
                + "\",\"successMetric\":\"Activation rate: 22% -> 30%\",\"evidenceHorizon\":\""
                + LocalDate.now().plusDays(60) + "\"}";
    }

    private static List<String> described(List<RunningPreview.Reply> replies) {
        return replies.stream().map(reply -> reply.status() + " " + reply.body()).toList();
    }

    private RunningPreview node(int index) {
        return nodes.get(index % nodes.size());
    }

    @SafeVarargs
    private List<RunningPreview.Reply> together(Supplier<RunningPreview.Reply>... requests) throws Exception {
        return together(List.of(requests));
    }

    /** Sends every request from its own thread, all released at once; the replies in request order. */
    private List<RunningPreview.Reply> together(List<Supplier<RunningPreview.Reply>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunningPreview.Reply>> sent = new ArrayList<>();
        for (Supplier<RunningPreview.Reply> request : requests) {
            sent.add(threads.submit(() -> {
                start.await();
                return request.get();
            }));
        }
        start.countDown();
        List<RunningPreview.Reply> replies = new ArrayList<>();
        for (Future<RunningPreview.Reply> reply : sent) {
            replies.add(reply.get(30, TimeUnit.SECONDS));
        }
        return replies;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
