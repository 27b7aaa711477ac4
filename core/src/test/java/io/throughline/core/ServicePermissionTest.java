package io.throughline.core;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every service operation asks the permission port first, and refuses bad input without storing it. */
class ServicePermissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Team GROWTH = Team.of("Growth");
    private static final Team IDENTITY = Team.of("Identity");
    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-1");

    private final UserRef pm = UserRef.of("pm.growth");
    private final UserRef reader = UserRef.of("reader");
    private final UserRef stranger = UserRef.of("stranger");
    private final UserRef identityLead = UserRef.of("lead.identity");
    private TestWorld world;

    @BeforeEach
    void setUp() {
        world = new TestWorld(TODAY, GROWTH, IDENTITY);
        world.permissions.edits(pm, "GROW").member(pm, GROWTH);
        world.permissions.views(reader, "GROW");
        world.permissions.views(identityLead, "GROW").member(identityLead, IDENTITY);
        world.app.initiatives().save(pm, initiative(KEY.value()).horizon(TODAY.plusDays(30)).build());
    }

    @Test
    void aUserWhoCannotSeeTheInitiativeGetsNotFoundEverywhere() {
        assertThatThrownBy(() -> world.app.gates().commitReadiness(stranger, KEY, PolicyParameters.defaults()))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.evidence().entries(stranger, KEY))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.initiatives().get(stranger, KEY))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.portfolio().forInitiative(stranger, KEY))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.evidence().record(stranger, KEY, sourcedInsight()))
                .isInstanceOf(ThroughlineException.NotFound.class)
                .extracting(e -> ((ThroughlineException) e).problem().key())
                .isEqualTo("throughline.error.initiative-not-found");
    }

    @Test
    void aReaderMaySeeButNotRecordEvidenceOrRequestDependencies() {
        assertThat(world.app.evidence().entries(reader, KEY)).isEmpty();

        assertThatThrownBy(() -> world.app.evidence().record(reader, KEY, sourcedInsight()))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThatThrownBy(() -> world.app.dependencies().request(reader, KEY, authDependency()))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThat(world.evidence.entriesFor(KEY)).isEmpty();
        assertThat(world.dependencies.findAll()).isEmpty();
    }

    @Test
    void onlyTheProvidingTeamMayAnswerADependency() {
        Dependency requested = world.app.dependencies().request(pm, KEY, authDependency());

        assertThatThrownBy(() -> world.app.dependencies().commit(pm, requested.id(), "2026-02-20"))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThatThrownBy(() -> world.app.dependencies().decline(reader, requested.id(), "No"))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThatThrownBy(() -> world.app.dependencies().commit(stranger, requested.id(), "2026-02-20"))
                .isInstanceOf(ThroughlineException.NotFound.class);

        Dependency committed = world.app.dependencies().commit(identityLead, requested.id(), "2026-02-20");
        assertThat(committed.state()).isEqualTo(DependencyState.COMMITTED);
        assertThat(committed.history().get(0).by()).isEqualTo(identityLead);
        assertThat(world.dependencies.find(requested.id()).orElseThrow().state()).isEqualTo(DependencyState.COMMITTED);
    }

    @Test
    void badEvidenceIsRefusedFieldByFieldAndNothingIsStored() {
        ThroughlineException.InvalidInput error = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.evidence().record(pm, KEY, new EvidenceForm(
                        "GUESS", " ", "javascript:alert(1)", null, "2026-02-03", "7")));

        assertThat(error.errors()).extracting(FieldError::field).containsExactly(
                EvidenceForm.KIND, EvidenceForm.SUMMARY, EvidenceForm.SOURCE_URL,
                EvidenceForm.OBSERVED_ON, EvidenceForm.SUPERSEDES);
        assertThat(world.evidence.entriesFor(KEY)).isEmpty();
    }

    @Test
    void badDependencyRequestsAreRefusedFieldByField() {
        ThroughlineException.InvalidInput error = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.dependencies().request(pm, KEY,
                        new DependencyForm("Growth", "grow-1", "", "2026-02-01")));

        assertThat(error.errors()).extracting(FieldError::field, e -> e.message().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DependencyForm.PROVIDER_TEAM, "throughline.dependency.team.same"),
                org.assertj.core.groups.Tuple.tuple(DependencyForm.PROVIDER_ISSUE, "throughline.dependency.issue.self"),
                org.assertj.core.groups.Tuple.tuple(DependencyForm.DESCRIPTION, "throughline.input.required"),
                org.assertj.core.groups.Tuple.tuple(DependencyForm.NEEDED_BY, "throughline.dependency.needed-by.past"));
        assertThat(world.dependencies.findAll()).isEmpty();
    }

    @Test
    void unknownTeamAndUnseenProviderIssueAreRefused() {
        ThroughlineException.InvalidInput error = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.dependencies().request(pm, KEY,
                        new DependencyForm("Marketing", "IDN-4", "Launch copy", "2026-03-01")));

        assertThat(error.errors()).extracting(e -> e.message().key()).containsExactly(
                "throughline.dependency.team.unknown", "throughline.dependency.issue.unknown");
    }

    @Test
    void providerAnswersAreValidatedAndIllegalMovesExplained() {
        Dependency requested = world.app.dependencies().request(pm, KEY, authDependency());

        assertThatThrownBy(() -> world.app.dependencies().commit(identityLead, requested.id(), "2026-02-01"))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(err -> err.message().key())
                        .containsExactly("throughline.dependency.committed-date.past"));
        assertThatThrownBy(() -> world.app.dependencies().decline(identityLead, requested.id(), "  "))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
        assertThatThrownBy(() -> world.app.dependencies().deliver(identityLead, requested.id()))
                .isInstanceOfSatisfying(ThroughlineException.Conflict.class, e -> assertThat(e.problem().key())
                        .isEqualTo("throughline.dependency.transition.illegal"));
        assertThat(world.dependencies.find(requested.id()).orElseThrow().version()).isZero();
    }

    @Test
    void aStaleWriterLosesTheRaceWithAConflict() {
        Dependency requested = world.app.dependencies().request(pm, KEY, authDependency());
        Dependency seenByOther = world.dependencies.find(requested.id()).orElseThrow();
        world.app.dependencies().decline(identityLead, requested.id(), "Auth rewrite is frozen until Q3");

        assertThatThrownBy(() -> world.dependencies.recordTransition(
                seenByOther.commit(identityLead, world.clock.now(), TODAY.plusDays(3))))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(world.dependencies.find(requested.id()).orElseThrow().state()).isEqualTo(DependencyState.DECLINED);
    }

    @Test
    void closedInitiativesTakeNoNewDependencies() {
        world.app.initiatives().recordStage(pm, KEY, Stage.ABANDONED);

        assertThatThrownBy(() -> world.app.dependencies().request(pm, KEY, authDependency()))
                .isInstanceOf(ThroughlineException.Conflict.class);
    }

    @Test
    void stageChangesAreRecordedWithWhoAndWhen() {
        world.clock.advanceDays(2);
        world.app.initiatives().recordStage(pm, KEY, Stage.COMMITTED);

        assertThat(world.app.initiatives().history(reader, KEY))
                .extracting(c -> c.from().orElse(null), c -> c.to(), c -> c.by())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Stage.BET, pm),
                        org.assertj.core.groups.Tuple.tuple(Stage.BET, Stage.COMMITTED, pm));
        assertThat(world.stages.firstCommitments()).containsEntry(KEY, world.clock.now());
    }

    @Test
    void hostChangesAreRecordedOnceAndOnlyWhenSomethingChanged() {
        var moved = world.initiatives.find(KEY).orElseThrow().withStage(Stage.COMMITTED);

        world.app.initiatives().recordHostChange(stranger, moved);
        world.app.initiatives().recordHostChange(stranger, moved);

        assertThat(world.stages.changesFor(KEY)).extracting(c -> c.to()).containsExactly(Stage.BET, Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY).get(1).by()).isEqualTo(stranger);
    }

    @Test
    void gateOnAHostSnapshotNeedsOnlyBrowsePermissionNotTheAppsCopy() {
        var neverSynced = initiative("GROW-99").horizon(TODAY.plusDays(30)).build();

        assertThat(world.app.gates().commitReadiness(reader, neverSynced, PolicyParameters.defaults()).results())
                .isNotEmpty();
        assertThatThrownBy(() -> world.app.gates().commitReadiness(stranger, neverSynced, PolicyParameters.defaults()))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    @Test
    void unknownDependencyIsNotFound() {
        assertThatThrownBy(() -> world.app.dependencies().get(pm, new DependencyId(99)))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    private static EvidenceForm sourcedInsight() {
        return new EvidenceForm("CUSTOMER_INSIGHT", "Admins abandon setup", "https://example.com/r/1", null, null, null);
    }

    private static DependencyForm authDependency() {
        return new DependencyForm("Identity", null, "Auth constraint", "2026-03-01");
    }
}
