package io.throughline.preview;

import io.throughline.core.Throughline;
import io.throughline.core.common.Messages;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyResult;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.PortfolioRow;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/**
 * Until the web preview exists, the run command walks the onboarding story through the core on
 * in-memory ports and prints what the gates and the dependency graph decide at each step.
 */
public final class PreviewMain {

    private static final InitiativeKey ONBOARDING = InitiativeKey.parse("GROW-1");

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Messages messages = Messages.english();
    private final LocalDate today = LocalDate.now();
    private final TestWorld world = new TestWorld(today, Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
    private final Throughline app = world.app;
    private final UserRef lead = world.admin("ops.lead");

    public static void main(String[] args) {
        new PreviewMain().run();
    }

    private void run() {
        out.println("Throughline — the onboarding story, decided by the core (" + today + ")");
        app.initiatives().save(lead, InitiativeBuilder.initiative(ONBOARDING.value()).summary("Activation onboarding")
                .team("Growth").owner("pm.growth").metric("Activation rate: 22% -> 30%")
                .horizon(today.plusDays(60)).build());
        app.initiatives().save(lead, InitiativeBuilder.initiative("IDN-1").summary("SSO-first sign-in")
                .team("Identity").build());
        app.initiatives().save(lead, InitiativeBuilder.initiative("DATA-1").summary("Event pipeline hardening")
                .team("Data").build());
        Dependency auth = app.dependencies().request(lead, ONBOARDING, new DependencyForm("Identity", "IDN-1",
                "Auth constraint: SSO users skip the password step", today.plusDays(28).toString()));
        Dependency events = app.dependencies().request(lead, ONBOARDING, new DependencyForm("Data", "DATA-1",
                "Instrumentation hardening for activation events", today.plusDays(35).toString()));

        section("1. Growth asks to commit the bet");
        printGate(app.gates().commitReadiness(lead, ONBOARDING, app.defaults()));

        section("2. Evidence is recorded; Identity and Data commit to dates");
        app.evidence().record(lead, ONBOARDING, new EvidenceForm("CUSTOMER_INSIGHT",
                "Five of eight admins abandoned setup at the password step",
                "https://research.example.com/onboarding-interviews", null, today.minusDays(12).toString(), null));
        app.evidence().record(lead, ONBOARDING, new EvidenceForm("METRIC_READING",
                "Activation baseline from the weekly dashboard", null, "22", today.minusDays(2).toString(), null));
        app.dependencies().commit(lead, auth.id(), today.plusDays(21).toString());
        app.dependencies().commit(lead, events.id(), today.plusDays(40).toString());
        printGate(app.gates().commitReadiness(lead, ONBOARDING, app.defaults()));

        section("3. Cross-team dependency status");
        PortfolioStatus status = app.portfolio().dependencyStatus(lead, Set.of());
        for (Health health : Health.values()) {
            out.printf("  %-9s %d%n", health, status.summary().count(health));
        }
        for (PortfolioRow row : status.rows()) {
            out.printf("  %-8s %s → %s: %s%n", row.status().health(), row.consumer().key(),
                    row.status().providerTeam(), row.status().dependency().description());
            row.reasons().forEach(reason -> out.println("           " + messages.format(reason)));
        }
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
}
