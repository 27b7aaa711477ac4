package io.throughline.core.digest;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.common.FieldError;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The digest as people read it: what they may see, a team's view, the window asked, and reads that do not grow. */
class DigestServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey IDN_1 = InitiativeKey.parse("IDN-1");
    private static final InitiativeKey DATA_1 = InitiativeKey.parse("DATA-1");

    private final TestWorld world = new TestWorld(MONDAY, Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
    private final UserRef lead = world.admin("ops.lead");
    private final UserRef guest = UserRef.of("guest");

    /**
     * Created on Monday 1 June; the lines stored on day 10; on day 12 GROW-1 is committed with new evidence,
     * Identity declines its request (which names IDN-1) and Data records a reading; read on day 14.
     */
    private void week() {
        save(initiative("GROW-1").team("Growth").build());
        save(initiative("IDN-1").team("Identity").summary("Single sign-on").build());
        save(initiative("DATA-1").team("Data").summary("Event pipeline").build());
        Dependency auth = world.app.dependencies().request(lead, GROW_1, new DependencyForm("Identity", "IDN-1",
                "Auth constraint: SSO users skip the password step", MONDAY.plusDays(40).toString()));
        world.clock.advanceDays(10);
        world.app.scorecard().snapshot();
        world.clock.advanceDays(2);
        save(world.initiatives.find(GROW_1).orElseThrow().withStage(Stage.COMMITTED));
        evidence(GROW_1, "EXPERIMENT", "Checklist test: 14 of 20 admins finished setup");
        world.app.dependencies().decline(lead, auth.id(), "No capacity this quarter");
        evidence(DATA_1, "RESEARCH", "Schema review with the analytics team");
        world.clock.advanceDays(2);
        world.permissions.views(guest, "GROW");
    }

    private void save(Initiative initiative) {
        world.app.initiatives().save(lead, initiative);
    }

    private void evidence(InitiativeKey key, String kind, String summary) {
        world.app.evidence().record(lead, key, new EvidenceForm(kind, summary, "https://research.example.com/42", null,
                world.clock.today().toString(), null));
    }

    private Digest digest(UserRef viewer, String since, String... teams) {
        return world.app.digest().digest(viewer, DigestQuery.parse(since, List.of(teams)));
    }

    private static InitiativeDigest of(Digest digest, InitiativeKey key) {
        return digest.initiatives().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not in the digest"));
    }

    @Test
    void theLeadReadsTheLastSevenDaysOfEveryTeam() {
        week();

        Digest digest = digest(lead, null);

        assertThat(digest.since()).isEqualTo(MONDAY.plusDays(7));
        assertThat(digest.from()).isEqualTo(MONDAY.plusDays(7).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(digest.until()).isEqualTo(world.clock.now());
        assertThat(digest.initiatives()).extracting(InitiativeDigest::key).containsExactly(DATA_1, GROW_1);
        assertThat(digest.quiet()).as("IDN-1 had nothing to tell").isEqualTo(1);
        InitiativeDigest grow = of(digest, GROW_1);
        assertThat(grow.stages().commitments()).singleElement().satisfies(c -> assertThat(c.to()).isEqualTo(Stage.COMMITTED));
        assertThat(grow.evidence().entries()).extracting(e -> e.summary())
                .containsExactly("Checklist test: 14 of 20 admins finished setup");
        assertThat(grow.dependencies().newlyBlocked()).singleElement()
                .satisfies(turn -> assertThat(turn.status().dependency().providerIssue()).contains(IDN_1));
        assertThat(digest.totals().commitments()).isEqualTo(1);
        assertThat(digest.totals().evidence()).isEqualTo(2);
        assertThat(digest.totals().newlyBlocked()).isEqualTo(1);
    }

    @Test
    void aGuestSeesOnlyWhatTheyMayBrowseAndNoProviderIssueBeyondIt() {
        week();

        Digest digest = digest(guest, null);

        assertThat(digest.initiatives()).extracting(InitiativeDigest::key).containsExactly(GROW_1);
        assertThat(digest.quiet()).isZero();
        assertThat(of(digest, GROW_1).dependencies().newlyBlocked()).singleElement().satisfies(turn -> {
            assertThat(turn.status().dependency().providerIssue()).as("IDN-1 is not theirs to see").isEmpty();
            assertThat(turn.status().dependency().description()).startsWith("Auth constraint");
        });
    }

    @Test
    void aTeamSeesItsInitiativesAndTheRequestsMadeOfIt() {
        week();

        Digest identity = digest(lead, null, "identity");

        assertThat(identity.teams()).containsExactly(Team.of("Identity"));
        assertThat(identity.teamAsked()).isTrue();
        InitiativeDigest grow = of(identity, GROW_1);
        assertThat(grow.own()).as("listed for its request to Identity").isFalse();
        assertThat(grow.stages().moves()).isEmpty();
        assertThat(grow.evidence().entries()).isEmpty();
        assertThat(grow.dependencies().newlyBlocked()).hasSize(1);
        assertThat(identity.initiatives()).extracting(InitiativeDigest::key).containsExactly(GROW_1);
        assertThat(identity.quiet()).as("IDN-1 itself").isEqualTo(1);
        assertThat(identity.totals().commitments()).as("GROW-1's own news is Growth's").isZero();

        Digest data = digest(lead, null, "Data");
        assertThat(data.initiatives()).extracting(InitiativeDigest::key).containsExactly(DATA_1);
        assertThat(digest(guest, null, "Identity").initiatives()).as("the guest may not see GROW-1 through Identity")
                .extracting(InitiativeDigest::key).containsExactly(GROW_1);
    }

    @Test
    void anEarlierStartReachesFurtherBackAndTodayOnlyToday() {
        week();

        assertThat(of(digest(lead, MONDAY.toString()), GROW_1).stages().created()).isTrue();
        Digest today = digest(lead, world.clock.today().toString());
        assertThat(today.initiatives()).isEmpty();
        assertThat(today.quiet()).isEqualTo(3);
    }

    @Test
    void aWrongStartOrTeamIsRefusedNamingTheField() {
        week();
        LocalDate today = world.clock.today();

        assertThat(errors(() -> digest(lead, "last week"))).containsExactly("since");
        assertThat(errors(() -> digest(lead, "2026-02-30"))).containsExactly("since");
        assertThat(errors(() -> digest(lead, today.plusDays(1).toString()))).containsExactly("since");
        assertThat(errors(() -> digest(lead, today.minusDays(367).toString()))).containsExactly("since");
        assertThat(digest(lead, today.minusDays(366).toString()).since()).isEqualTo(today.minusDays(366));
        assertThat(errors(() -> digest(lead, null, "Nobody"))).containsExactly("team");
        assertThat(errors(() -> digest(lead, null, "<b>"))).containsExactly("team");
        assertThat(errors(() -> digest(lead, today.plusDays(3).toString(), "Nobody"))).containsExactly("since", "team");
        ThroughlineException.InvalidInput future = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> digest(lead, today.plusDays(1).toString()));
        assertThat(io.throughline.core.common.Messages.english().format(future.errors().get(0).message()))
                .isEqualTo(today.plusDays(1) + " is after today (" + today + "); a digest starts today or earlier.");
    }

    private static List<String> errors(Runnable read) {
        return catchThrowableOfType(ThroughlineException.InvalidInput.class, read::run).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void itsReadsAreTheSameForThreeInitiativesAsForThirty() {
        Map<String, Integer> few = readsOfADigest(1);
        Map<String, Integer> many = readsOfADigest(10);

        assertThat(many).isEqualTo(few);
        assertThat(few).containsEntry("PermissionCheck.viewable", 1)
                .containsEntry("StageHistory.changesSince", 1).containsEntry("EvidenceLedger.changedSince", 1)
                .containsEntry("ContractRecords.changesSince", 1).containsEntry("InitiativeRepository.findAll", 1)
                .containsEntry("DependencyRepository.findAll", 1)
                .doesNotContainKeys("PermissionCheck.canView", "StageHistory.changesFor", "EvidenceLedger.entriesFor",
                        "ContractRecords.changesFor", "ContractRecords.commitmentsFor",
                        "DependencyRepository.findByConsumer", "InitiativeRepository.find");
    }

    /** The port calls of one digest over {@code teams} × 3 initiatives with a week of news each (lines stored first). */
    private Map<String, Integer> readsOfADigest(int size) {
        TestWorld plain = new TestWorld(MONDAY, Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
        Map<String, Integer> calls = new TreeMap<>();
        boolean[] counting = {false};
        Ports ports = new Ports(counted(io.throughline.core.initiative.InitiativeRepository.class, plain.initiatives,
                calls, counting), counted(io.throughline.core.initiative.StageHistory.class, plain.stages, calls, counting),
                counted(io.throughline.core.evidence.EvidenceLedger.class, plain.evidence, calls, counting),
                counted(io.throughline.core.dependency.DependencyRepository.class, plain.dependencies, calls, counting),
                counted(io.throughline.core.initiative.PermissionCheck.class, plain.permissions, calls, counting),
                plain.teams, plain.clock, plain.transactions, plain.gateParameters, plain.delivery, plain.rollUps,
                counted(io.throughline.core.contract.ContractRecords.class, plain.contracts, calls, counting),
                plain.assumptions, plain.interactions, plain.events, plain.permissions::mayPost, plain.settings,
                plain.scorecard);
        Throughline app = new Throughline(ports, PolicyParameters.defaults());
        UserRef admin = plain.admin("ops.lead");
        String[][] teams = {{"GROW", "Growth"}, {"IDN", "Identity"}, {"DATA", "Data"}};
        for (int i = 1; i <= size; i++) {
            for (int t = 0; t < teams.length; t++) {
                String[] provider = teams[(t + 1) % teams.length];
                app.initiatives().save(admin, initiative(teams[t][0] + "-" + i).team(teams[t][1]).build());
                app.dependencies().request(admin, InitiativeKey.parse(teams[t][0] + "-" + i), new DependencyForm(
                        provider[1], provider[0] + "-1", "Events for the dashboard", MONDAY.plusDays(40).toString()));
            }
        }
        plain.clock.advanceDays(10);
        app.scorecard().snapshot();
        plain.clock.advanceDays(2);
        for (int i = 1; i <= size; i++) {
            for (String[] team : teams) {
                InitiativeKey key = InitiativeKey.parse(team[0] + "-" + i);
                app.initiatives().save(admin, plain.initiatives.find(key).orElseThrow().withStage(Stage.COMMITTED));
                app.evidence().record(admin, key, new EvidenceForm("EXPERIMENT", "A test", "https://x.example.com/1",
                        null, plain.clock.today().toString(), null));
            }
        }
        plain.clock.advanceDays(2);
        counting[0] = true;
        Digest digest = app.digest().digest(admin, DigestQuery.LAST_WEEK);
        counting[0] = false;
        assertThat(digest.initiatives()).hasSize(3 * size);
        assertThat(digest.totals().evidence()).isEqualTo(3 * size);
        return calls;
    }

    /** The port, reporting every call made while {@code counting} is on as {@code Port.method}. */
    @SuppressWarnings("unchecked")
    private static <T> T counted(Class<T> port, T real, Map<String, Integer> calls, boolean[] counting) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (counting[0]) {
                calls.merge(port.getSimpleName() + "." + method.getName(), 1, Integer::sum);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void signalsComeFromTheLinesAtBothEnds() {
        // GROW-1's horizon, day 9, passed inside the window with no reading: its day-12 line raises it.
        week();
        save(new Initiative(GROW_1, "Activation onboarding", Team.of("Growth"), Stage.COMMITTED,
                Optional.of(UserRef.of("pm.growth")), Optional.of("Activation rate: 22% -> 30%"),
                Optional.of(new io.throughline.core.initiative.EvidenceHorizon(MONDAY.plusDays(9)))));

        InitiativeDigest grow = of(digest(lead, null), GROW_1);

        assertThat(grow.signals().known()).isTrue();
        assertThat(grow.signals().raised()).extracting(v -> v.signal())
                .contains(io.throughline.core.signal.Signal.HORIZON_PASSED);
        assertThat(grow.signals().cleared()).isEmpty();
        assertThat(of(digest(lead, MONDAY.toString()), GROW_1).signals().known())
                .as("no line before the window, but created in it: nothing was raised at its start").isTrue();
    }
}
