package io.throughline.bench.http;

import io.throughline.bench.report.Latencies;
import io.throughline.core.initiative.InitiativeKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Figure 3: transitions through the preview's JSON transition endpoint, one client, one at a time.
 * Gated and ungated moves alternate (BET→COMMITTED runs the commit gate on an initiative that passes
 * it; COMMITTED→DELIVERING runs none), pair by pair on initiatives generated alike, so drift on a
 * noisy machine falls on both sides equally. Each initiative moves once.
 */
public final class TransitionRun {

    /** Latencies of the gated and the ungated transitions. */
    public record Result(Latencies gated, Latencies ungated) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String user;

    public TransitionRun(URI base, String user) {
        this.base = base;
        this.user = user;
    }

    /** Moves {@code warmup} pairs unmeasured, then the rest measured. */
    public Result run(List<InitiativeKey> toCommit, List<InitiativeKey> toDeliver, int warmup) throws IOException,
            InterruptedException {
        int measured = toCommit.size() - warmup;
        long[] gated = new long[measured];
        long[] ungated = new long[measured];
        for (int i = 0; i < toCommit.size(); i++) {
            long g = move(toCommit.get(i), "COMMITTED");
            long u = move(toDeliver.get(i), "DELIVERING");
            if (i >= warmup) {
                gated[i - warmup] = g;
                ungated[i - warmup] = u;
            }
        }
        return new Result(new Latencies(gated), new Latencies(ungated));
    }

    private long move(InitiativeKey key, String to) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/preview/initiatives/" + key.value() + "/transition"))
                .header("Content-Type", "application/json")
                .header("X-Throughline-User", user)
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\"}")).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains("\"" + to + "\"")) {
            throw new IllegalStateException("transition of " + key + " to " + to + " failed: "
                    + response.statusCode() + " " + response.body());
        }
        return took;
    }
}
