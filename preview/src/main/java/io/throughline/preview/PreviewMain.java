package io.throughline.preview;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.common.Clock;
import io.throughline.core.common.Messages;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.PolicyResult;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.portfolio.PortfolioRow;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.AoDatabase;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Until the web preview exists, the run command opens the preview's store (file-backed H2 in a
 * data directory), tells the onboarding story through the real services on first start, and
 * prints what the commit gate and the dependency graph decide.
 * Options: {@code --data-dir=PATH} (default {@code data}), {@code --reset} to start over.
 */
public final class PreviewMain {

    private static final InitiativeKey ONBOARDING = InitiativeKey.parse("GROW-1");
    private static final UserRef LEAD = DemoHost.PRODUCT_OPS_LEAD;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Messages messages = Messages.english();
    private final Throughline app;
    private final LocalDate today;

    private PreviewMain(AoAccess ao, Clock clock) {
        DemoHost host = new DemoHost(Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
        this.app = new Throughline(new Ports(new AoInitiatives(ao), new AoStageHistory(ao), new AoEvidenceLedger(ao),
                new AoDependencies(ao), host, host, clock), PolicyParameters.defaults());
        this.today = clock.today();
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of("data");
        boolean reset = false;
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--reset")) {
                reset = true;
            } else {
                System.err.println("Unknown option " + arg + "; use --data-dir=PATH and --reset");
                System.exit(2);
            }
        }
        if (reset) {
            deleteDatabase(dataDir);
        }
        Files.createDirectories(dataDir);
        try (AoDatabase db = AoDatabase.h2File(dataDir).migrate()) {
            PreviewMain preview = new PreviewMain(db.access(), Clock.system(ZoneId.systemDefault()));
            preview.out.println("Throughline preview — store: " + dataDir.toAbsolutePath());
            preview.run();
        }
    }

    private void run() {
        if (app.initiatives().exists(ONBOARDING)) {
            out.println("(demo portfolio already seeded; --reset starts over)");
        } else {
            tellTheStory();
        }
        section("Commit gate for " + ONBOARDING + " now");
        printGate(app.gates().commitReadiness(LEAD, ONBOARDING, app.defaults()));
        section("Cross-team dependency status");
        PortfolioStatus status = app.portfolio().dependencyStatus(LEAD, Set.of());
        for (Health health : Health.values()) {
            out.printf("  %-9s %d%n", health, status.summary().count(health));
        }
        for (PortfolioRow row : status.rows()) {
            out.printf("  %-8s %s → %s: %s%n", row.status().health(), row.consumer().key(),
                    row.status().providerTeam(), row.status().dependency().description());
            row.reasons().forEach(reason -> out.println("           " + messages.format(reason)));
        }
    }

    private void tellTheStory() {
        save(ONBOARDING.value(), "Activation onboarding", "Growth", Optional.of("Activation rate: 22% -> 30%"));
        save("IDN-1", "SSO-first sign-in", "Identity", Optional.empty());
        save("DATA-1", "Event pipeline hardening", "Data", Optional.empty());
        Dependency auth = app.dependencies().request(LEAD, ONBOARDING, new DependencyForm("Identity", "IDN-1",
                "Auth constraint: SSO users skip the password step", today.plusDays(28).toString()));
        Dependency events = app.dependencies().request(LEAD, ONBOARDING, new DependencyForm("Data", "DATA-1",
                "Instrumentation hardening for activation events", today.plusDays(35).toString()));

        section("1. Growth asks to commit the bet");
        printGate(app.gates().commitReadiness(LEAD, ONBOARDING, app.defaults()));

        section("2. Evidence is recorded; Identity and Data commit to dates");
        app.evidence().record(LEAD, ONBOARDING, new EvidenceForm("CUSTOMER_INSIGHT",
                "Five of eight admins abandoned setup at the password step",
                "https://research.example.com/onboarding-interviews", null, today.minusDays(12).toString(), null));
        app.evidence().record(LEAD, ONBOARDING, new EvidenceForm("METRIC_READING",
                "Activation baseline from the weekly dashboard", null, "22", today.minusDays(2).toString(), null));
        app.dependencies().commit(LEAD, auth.id(), today.plusDays(21).toString());
        app.dependencies().commit(LEAD, events.id(), today.plusDays(40).toString());
    }

    private void save(String key, String summary, String team, Optional<String> metric) {
        app.initiatives().save(LEAD, new Initiative(InitiativeKey.parse(key), summary, Team.of(team), Stage.BET,
                Optional.of(UserRef.of("pm." + team.toLowerCase())), metric,
                Optional.of(new EvidenceHorizon(today.plusDays(60)))));
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void printGate(GateReport report) {
        out.println("  Commit gate: " + (report.verdict().passed() ? "PASSED" : "BLOCKED"));
        for (PolicyResult result : report.results()) {
            if (result.satisfied()) {
                out.println("    ✓ " + result.policy().id());
            }
            result.violations().forEach(v -> out.println("    ✗ " + v.policy().id() + ": " + messages.format(v.message())));
        }
    }

    private static void deleteDatabase(Path dataDir) throws IOException {
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
