package io.throughline.confluence.web;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static io.throughline.core.testing.InitiativeBuilder.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateService;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.web.json.Ages;
import io.throughline.jira.web.json.InitiativeJson;
import io.throughline.jira.web.json.PortfolioJson;
import io.throughline.jira.web.json.RollUpJson;
import io.throughline.jira.web.json.TraceJson;
import io.throughline.web.view.ViewText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The REST contract's JSON for a known portfolio, recorded by serialising the very records the REST
 * resources return. Dependencies: 1 GROW-1 → Identity at risk (unanswered 7 days), 2 PAY-3 →
 * Identity blocked (overdue), 3 IDN-7 → Growth on track and late-discovered, 4 GROW-1 → Payments
 * done; 1 and 3 make the cycle Growth ⇄ Identity.
 */
public final class RecordedContract {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final String ADMIN = "ops.lead";
    public static final ObjectMapper JSON = new ObjectMapper();

    public final TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"), Team.of("Payments"));

    public RecordedContract() {
        UserRef admin = world.admin(ADMIN);
        world.app.initiatives().save(admin, initiative("GROW-1").summary("Activation onboarding").team("Growth")
                .horizon(TODAY.plusDays(60)).build());
        world.app.initiatives().save(admin, initiative("IDN-7").summary("Single sign-on").team("Identity")
                .stage(Stage.COMMITTED).owner("pm.identity").metric("SSO logins: >= 40%").horizon(TODAY.plusDays(90)).build());
        world.app.initiatives().save(admin, initiative("PAY-3").summary("Checkout latency").team("Payments")
                .stage(Stage.COMMITTED).owner("pm.payments").metric("p95 checkout latency: 900 ms -> 400 ms")
                .horizon(TODAY.minusDays(2)).build());
        world.dependencies.create(dependency(1).from("GROW-1").on("Identity").onIssue("IDN-7")
                .describedAs("SSO users skip the password step").neededBy(TODAY.plusDays(30))
                .requestedOn(TODAY.minusDays(7)).request());
        world.dependencies.create(dependency(2).from("PAY-3").on("Identity").describedAs("Token vault")
                .neededBy(TODAY.minusDays(1)).requestedOn(TODAY.minusDays(3)).request());
        world.clock.advance(Duration.ofHours(1));
        world.dependencies.create(dependency(3).from("IDN-7").on("Growth").describedAs("Sign-up funnel events")
                .neededBy(TODAY.plusDays(20)).requestedAt(world.clock.now()).request());
        Dependency card = world.dependencies.create(dependency(4).from("GROW-1").on("Payments")
                .describedAs("Card-on-file").neededBy(TODAY.plusDays(5)).requestedOn(TODAY.minusDays(10)).request());
        world.dependencies.recordTransition(card.commit(card.request().requestedBy(),
                card.requestedAt().plusSeconds(60), TODAY.plusDays(5)));
        Dependency committed = world.dependencies.find(card.id()).orElseThrow();
        world.dependencies.recordTransition(committed.deliver(committed.request().requestedBy(),
                committed.requestedAt().plusSeconds(120)));
        world.evidence.append(reading("930").on(InitiativeKey.parse("PAY-3")).observedOn(TODAY.minusDays(5)).build());
    }

    /** What {@code GET /portfolio/dependencies?team=...} answers the viewer. */
    public String portfolio(String viewer, String... teams) {
        Set<Team> selected = new TreeSet<>();
        for (String team : teams) {
            selected.add(Team.of(team));
        }
        return write(PortfolioJson.of(world.app.portfolio().dependencyStatus(UserRef.of(viewer), selected),
                new Ages(world.clock.today(), world.clock.zone()), ViewText.forLocale(Locale.ENGLISH)::text));
    }

    /** What {@code GET /initiatives/{key}} answers the viewer. */
    public String initiativeCard(String viewer, String key) {
        UserRef caller = UserRef.of(viewer);
        InitiativeKey initiative = InitiativeKey.parse(key);
        Initiative found = world.app.initiatives().get(caller, initiative);
        return write(InitiativeJson.of(found,
                world.app.gates().judge(caller, found, Gate.COMMIT, world.app.defaults()),
                world.app.gates().judge(caller, found, Gate.OUTCOME, world.app.defaults()),
                world.app.gates().judge(caller, found, Gate.INVALIDATION, world.app.defaults()),
                GateService.ahead(found.stage(), world.app.defaults()).stream().map(Gate::name).toList(),
                world.app.evidence().ledger(caller, initiative), world.app.portfolio().forInitiative(caller, initiative),
                world.app.rollUps().forInitiative(caller, initiative).map(RollUpJson::of).orElse(null),
                People.KEYS, ViewText.forLocale(Locale.ENGLISH)::text));
    }

    /** {@code GET /initiatives/{key}/trace} for the delivery work the world's host holds. */
    /** The initiative's delivery figures as the Jira side answers them. */
    public String performance(String viewer, String key) {
        return write(io.throughline.jira.web.json.DeliveryPerformanceJson.of(
                world.app.performance().forInitiative(UserRef.of(viewer), InitiativeKey.parse(key), 90)));
    }

    /** An initiative's signals as the Jira side answers them. */
    public String signals(String viewer, String key) {
        return write(io.throughline.jira.web.json.SignalsJson.of(
                world.app.signals().forInitiative(UserRef.of(viewer), InitiativeKey.parse(key)),
                io.throughline.web.view.ViewText.forLocale(java.util.Locale.ENGLISH)));
    }

    /** A team's signals as the Jira side answers them. */
    public String teamSignals(String viewer, String team) {
        return write(io.throughline.jira.web.json.TeamSignalsJson.of(world.app.signals().forTeam(UserRef.of(viewer), team),
                io.throughline.web.view.ViewText.forLocale(java.util.Locale.ENGLISH)));
    }

    /** A team's delivery figures as the Jira side answers them. */
    public String teamPerformance(String viewer, String team, int days) {
        return write(io.throughline.jira.web.json.DeliveryPerformanceJson.of(
                world.app.performance().forTeam(UserRef.of(viewer), team, days)));
    }

    /** What {@code GET /scorecard?team=…&stage=…} answers the viewer today (each may be null for all). */
    public String scorecard(String viewer, String team, String stage) {
        io.throughline.core.scorecard.ScorecardQuery query = io.throughline.core.scorecard.ScorecardQuery.parse(null,
                team == null ? java.util.List.of() : java.util.List.of(team),
                stage == null ? java.util.List.of() : java.util.List.of(stage), null, null, null, null, null);
        return write(io.throughline.jira.web.json.ScorecardJson.of(world.app.scorecard().scorecard(UserRef.of(viewer),
                query), ViewText.forLocale(Locale.ENGLISH), People.KEYS, world.clock.zone()));
    }

    public String trace(String viewer, String key) {
        return write(TraceJson.of(world.app.trace().trace(UserRef.of(viewer), InitiativeKey.parse(key))));
    }

    public static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
