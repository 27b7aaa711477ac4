package io.throughline.bench.figure;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.bench.http.FixedBody;
import io.throughline.bench.http.LoadRun;
import io.throughline.bench.http.TransitionRun;
import io.throughline.bench.report.Row.Target;
import io.throughline.bench.report.Row;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.preview.PreviewApp;
import io.throughline.store.standalone.AoDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Figures 3 and 4, over HTTP against the preview's server on loopback, in this JVM. */
public final class HttpFigures {

    public static final String PORTFOLIO_PATH = "/rest/throughline/1.0/portfolio/dependencies";
    static final int CLIENTS = 50;

    private HttpFigures() {
    }

    /** Figure 3: the first {@code warmup} pairs warm up, the rest are measured. */
    public static List<Row> transitions(LoadedPortfolio portfolio, int warmup) throws IOException, InterruptedException {
        try (PreviewApp preview = serve(portfolio)) {
            List<InitiativeKey> toCommit = portfolio.plan().toCommit();
            TransitionRun.Result result = new TransitionRun(preview.baseUri(), BenchApp.VIEWER.key())
                    .run(toCommit, portfolio.plan().toDeliver(), warmup);
            String what = (toCommit.size() - warmup) + " each, " + portfolio.label();
            return List.of(
                    new Row("3 gate on transition", what + ", mean", result.gated().meanMillis(),
                            result.ungated().meanMillis(), "ms", Target.ratio(1.2)),
                    new Row("3 gate on transition", what + ", p50", result.gated().percentileMillis(50),
                            result.ungated().percentileMillis(50), "ms", Target.ratio(1.2)),
                    new Row("3 gate on transition", what + ", p99", result.gated().percentileMillis(99),
                            result.ungated().percentileMillis(99), "ms", Target.none("(context)")));
        }
    }

    /** Figure 4: the portfolio endpoint, then the same bytes pre-serialised, each after a short warm-up. */
    public static List<Row> load(LoadedPortfolio portfolio, Duration duration) throws IOException, InterruptedException {
        try (PreviewApp preview = serve(portfolio)) {
            URI api = preview.baseUri().resolve(PORTFOLIO_PATH);
            byte[] body = fetch(api);
            preview.mount(FixedBody.PATH, new FixedBody(body));
            URI floor = preview.baseUri().resolve(FixedBody.PATH);
            LoadRun load = new LoadRun(CLIENTS, BenchApp.VIEWER.key());
            Duration warmup = Duration.ofSeconds(Math.max(2, duration.toSeconds() / 6));
            load.run(api, warmup);
            LoadRun.Result ours = load.run(api, duration);
            load.run(floor, warmup);
            LoadRun.Result fixed = load.run(floor, duration);
            String what = CLIENTS + " clients, " + duration.toSeconds() + " s, " + portfolio.label() + ", "
                    + body.length / 1024 + " KiB body";
            return List.of(
                    new Row("4 REST under load", what + ", throughput", ours.throughput(), fixed.throughput(), "req/s",
                            Target.none("(floor is faster)")),
                    new Row("4 REST under load", what + ", p50", ours.latencies().percentileMillis(50),
                            fixed.latencies().percentileMillis(50), "ms", Target.none("(context)")),
                    new Row("4 REST under load", what + ", p99", ours.latencies().percentileMillis(99),
                            fixed.latencies().percentileMillis(99), "ms", Target.none("(context)")),
                    new Row("4 REST under load", what + ", errors", ours.errors(), fixed.errors(), "count",
                            Target.value(0, "0 errors")));
        }
    }

    private static PreviewApp serve(LoadedPortfolio portfolio) {
        AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl());
        return PreviewApp.serve(database, BenchApp.directory(database), 0);
    }

    private static byte[] fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("X-Throughline-User", BenchApp.VIEWER.key()).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
