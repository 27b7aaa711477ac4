package io.throughline.core.context;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.ContextVersions;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The canonical context: what it holds, for whom, and a version that moves with every fact and nothing else. */
class ContextServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
    private final UserRef admin = world.admin("ops.lead");
    private final UserRef reader = UserRef.of("reader.growth");
    private Dependency dependency;

    @BeforeEach
    void portfolio() {
        world.permissions.views(reader, "GROW");
        dependency = seed(world, admin, "Activation onboarding");
    }

    /** GROW-1 with one research note, asking Identity for IDN-7. */
    private static Dependency seed(TestWorld world, UserRef admin, String summary) {
        world.app.initiatives().save(admin, initiative("GROW-1").summary(summary).team("Growth")
                .owner("pm.growth").metric("Activation rate: 22% -> 30%").horizon(TODAY.plusDays(60)).build());
        world.app.initiatives().save(admin, initiative("IDN-7").summary("Single sign-on").team("Identity").build());
        Dependency requested = world.app.dependencies().request(admin, GROW_1,
                new DependencyForm("Identity", "IDN-7", "SSO users skip the password step", TODAY.plusDays(20).toString()));
        world.app.evidence().record(admin, GROW_1, new EvidenceForm("RESEARCH", "Survey", null, null, null, null));
        return requested;
    }

    @Test
    void holdsTheRecordAndCitesItsVersion() {
        EvidenceEntry decision = record(new EvidenceForm("DECISION", "Checklist, not a tour", null, null, null, null));
        world.app.assumptions().list(admin, GROW_1, "Admins invite their team in week one");

        InitiativeContext context = world.app.context().context(admin, GROW_1);

        assertThat(context.initiative().summary()).isEqualTo("Activation onboarding");
        assertThat(context.contract()).isEmpty();
        assertThat(context.assumptions()).extracting(a -> a.text()).containsExactly("Admins invite their team in week one");
        assertThat(context.decisions()).containsExactly(decision);
        assertThat(context.dependencies()).extracting(Dependency::id).containsExactly(dependency.id());
        assertThat(context.latestEvidence()).extracting(EvidenceEntry::summary)
                .containsExactly("Checklist, not a tour", "Survey");
        assertThat(ContextVersions.isWellFormed(context.version())).isTrue();
        assertThat(context.citation()).isEqualTo("GROW-1@" + context.version());
        assertThat(context.computedAt()).isEqualTo(world.clock.now());
    }

    @Test
    void theVersionIsTheSameForEveryViewerAndOnlyTheKeysTheyMaySeeAreShown() {
        InitiativeContext admins = world.app.context().context(admin, GROW_1);
        InitiativeContext readers = world.app.context().context(reader, GROW_1);

        assertThat(readers.version()).isEqualTo(admins.version());
        assertThat(admins.shownProviderIssue(dependency)).contains(InitiativeKey.parse("IDN-7"));
        assertThat(readers.shownProviderIssue(dependency)).isEmpty();
        assertThatThrownBy(() -> world.app.context().context(UserRef.of("stranger"), GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    @Test
    void timePassingAloneAndAProposalChangeNothing() {
        String before = version();

        world.clock.advance(Duration.ofDays(40));
        record(proposal("Three subject lines"));

        assertThat(version()).isEqualTo(before);
        assertThat(world.app.context().context(admin, GROW_1).latestEvidence()).extracting(EvidenceEntry::summary)
                .containsExactly("Survey");
    }

    @Test
    void everyKindOfFactMovesTheVersion() {
        EvidenceEntry proposal = record(proposal("Three subject lines"));
        changes(v -> world.app.initiatives().save(admin, initiative("GROW-1").summary("Activation onboarding, take two")
                .team("Growth").owner("pm.growth").metric("Activation rate: 22% -> 30%").horizon(TODAY.plusDays(60))
                .build()));
        changes(v -> record(new EvidenceForm("RESEARCH", "Interviews", null, null, null, null)));
        changes(v -> world.app.evidence().confirm(admin, proposal.id()));
        changes(v -> world.app.assumptions().list(admin, GROW_1, "Admins invite their team"));
        changes(v -> world.app.assumptions().resolve(admin, world.app.assumptions().assumptions(admin, GROW_1).get(0).id(),
                "CONFIRMED", proposal.id().toString()));
        changes(v -> world.app.dependencies().commit(UserRef.of("ops.lead"), dependency.id(),
                TODAY.plusDays(15).toString()));
        changes(v -> world.app.dependencies().revise(admin, dependency.id(), TODAY.plusDays(18).toString(), "Review"));
        changes(v -> world.app.initiatives().recordStage(admin, GROW_1, Stage.COMMITTED));
        changes(v -> record(new EvidenceForm("RESEARCH", "Correction", null, null, null, proposal.id().toString())));
    }

    @Test
    void sameFactsGiveTheSameVersionAndTextsCannotBeShiftedFromOneFactIntoAnother() {
        TestWorld same = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
        TestWorld shifted = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
        for (TestWorld other : java.util.List.of(same, shifted)) {
            seed(other, other.admin("ops.lead"), "Activation onboarding");
        }
        world.app.assumptions().list(admin, GROW_1, "ab");
        world.app.assumptions().list(admin, GROW_1, "c");
        same.app.assumptions().list(admin, GROW_1, "ab");
        same.app.assumptions().list(admin, GROW_1, "c");
        shifted.app.assumptions().list(admin, GROW_1, "a");
        shifted.app.assumptions().list(admin, GROW_1, "bc");

        assertThat(same.app.context().context(admin, GROW_1).version()).isEqualTo(version());
        assertThat(shifted.app.context().context(admin, GROW_1).version()).isNotEqualTo(version());
    }

    @Test
    void theLatestEvidenceIsCappedAndNewestFirst() {
        for (int i = 1; i <= ContextService.LATEST_EVIDENCE + 2; i++) {
            record(new EvidenceForm("RESEARCH", "Note " + i, null, null, null, null));
        }

        InitiativeContext context = world.app.context().context(admin, GROW_1);

        assertThat(context.latestEvidence()).hasSize(ContextService.LATEST_EVIDENCE);
        assertThat(context.latestEvidence().get(0).summary()).isEqualTo("Note 12");
    }

    private void changes(Consumer<String> action) {
        String before = version();
        action.accept(before);
        assertThat(version()).as("the version after the change").isNotEqualTo(before);
    }

    private String version() {
        return world.app.context().context(admin, GROW_1).version();
    }

    private EvidenceEntry record(EvidenceForm form) {
        return world.app.evidence().record(admin, GROW_1, form);
    }

    private static EvidenceForm proposal(String summary) {
        return new EvidenceForm("RESEARCH", summary, null, null, null, null, null, null, null, null, null, null,
                "ASSISTANT", "Copy assistant", null);
    }
}
