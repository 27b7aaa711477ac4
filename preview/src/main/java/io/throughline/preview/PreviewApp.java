package io.throughline.preview;

import com.sun.net.httpserver.HttpHandler;
import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.AoTransactions;
import io.throughline.store.assumption.AoAssumptions;
import io.throughline.store.contract.AoContracts;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.interaction.AoInteractions;
import io.throughline.store.performance.AoDeliveryEvents;
import io.throughline.store.portfolio.AoDependencyStatuses;
import io.throughline.store.scorecard.AoScorecardLines;
import io.throughline.store.setting.AoSettings;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.AoDeliveryRollUps;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The running preview: the store, the app over it, the demo portfolio on first start, and the web server. */
public final class PreviewApp implements AutoCloseable {

    private final AoDatabase database;
    private final PreviewServer server;
    private final boolean seeded;

    private PreviewApp(AoDatabase database, PreviewServer server, boolean seeded) {
        this.database = database;
        this.server = server;
        this.seeded = seeded;
    }

    public static PreviewApp start(PreviewOptions options) throws IOException {
        if (options.reset() && options.jdbcUrl().isEmpty()) {
            deleteH2(options.dataDir());
        }
        AoDatabase database = options.jdbcUrl()
                .map(url -> AoDatabase.open(url, options.jdbcUser(), options.jdbcPassword()))
                .orElseGet(() -> {
                    createDirectories(options.dataDir());
                    return AoDatabase.h2File(options.dataDir());
                })
                .migrate();
        try {
            DemoPortfolio demo = DemoPortfolio.load();
            PreviewDirectory directory = demo.directory();
            PreviewClock clock = new PreviewClock(ZoneId.systemDefault());
            PreviewIssues issues = new PreviewIssues(database.dataSource());
            Ports ports = ports(database, directory, clock, issues);
            Throughline app = new Throughline(ports, PolicyParameters.defaults());
            boolean seed = ports.initiatives().findAll().isEmpty();
            if (seed) {
                demo.seed(app, issues, clock, clock.today());
                // The demo's CI account posts a few months of deployments and incidents through the real endpoint.
                DemoEvents.post(app, clock, directory);
            }
            // What Jira's daily reconcile does: every roll-up computed afresh (the demo's issues were seeded
            // without events, and a restart may follow changes made to the issue table by hand).
            app.rollUps().reconcile();
            if (seed) {
                // The demo's months of history were written in minutes, each write storing a line of its
                // day as the seed stood then (before its issues existed); its weeks are computed afresh
                // from the histories instead, as the job fills weeks it missed.
                ports.transactions().inOne(() -> {
                    ports.initiatives().findAll().forEach(initiative -> ports.scorecard().remove(initiative.key()));
                    return null;
                });
            }
            // What Jira's daily job does: every dependency's status judged as of today (the demo's writes were
            // judged on the days they were made), then today's line of every initiative, and the weekly
            // snapshots it missed filled from the histories (on a fresh demo, the last twelve weeks).
            app.statuses().rejudgeAll();
            app.scorecard().snapshot();
            PreviewServer server = new PreviewServer(app, ports.initiatives(), issues, directory, clock, options.port(),
                    options.hosts());
            return new PreviewApp(database, server, seed);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A preview over a database that is already migrated and filled, with its own people and teams
     * and no demo portfolio: for tools that drive the app over HTTP (the benchmarks). Closing the
     * preview closes the database.
     */
    public static PreviewApp serve(AoDatabase database, PreviewDirectory directory, int port) {
        PreviewClock clock = new PreviewClock(ZoneId.systemDefault());
        PreviewIssues issues = new PreviewIssues(database.dataSource());
        Ports ports = ports(database, directory, clock, issues);
        Throughline app = new Throughline(ports, PolicyParameters.defaults());
        return new PreviewApp(database, new PreviewServer(app, ports.initiatives(), issues, directory, clock, port, List.of()),
                false);
    }

    private static Ports ports(AoDatabase database, PreviewDirectory directory, PreviewClock clock, PreviewIssues issues) {
        AoAccess ao = database.access();
        AoInitiatives initiatives = new AoInitiatives(ao);
        return new Ports(initiatives, new AoStageHistory(ao), new AoEvidenceLedger(ao),
                new AoDependencies(ao), directory, new PreviewTeams(directory, initiatives, issues), clock, new AoTransactions(ao),
                PreviewWorkflow.GATE_PARAMETERS, new PreviewDeliveryWork(issues, directory), new AoDeliveryRollUps(ao),
                new AoContracts(ao), new AoAssumptions(ao), new AoInteractions(ao), new AoDeliveryEvents(ao), directory,
                new AoSettings(ao), new AoScorecardLines(ao), new AoDependencyStatuses(ao));
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** Serves {@code handler} at {@code path} beside the app, on the same server and threads. */
    public void mount(String path, HttpHandler handler) {
        server.mount(path, handler);
    }

    /** Whether this start seeded the demo portfolio (a first start, or --reset). */
    public boolean seeded() {
        return seeded;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the data directory " + dir.toAbsolutePath(), e);
        }
    }

    private static void deleteH2(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("throughline."))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
