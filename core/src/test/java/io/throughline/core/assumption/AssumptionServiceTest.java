package io.throughline.core.assumption;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InMemoryAssumptions;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssumptionServiceTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 6, 1), Team.of("GROW"), Team.of("DATA"));
    private final UserRef admin = world.admin("ops.lead");
    private final UserRef pm = UserRef.of("pm.growth");
    private final UserRef reader = UserRef.of("reader");

    AssumptionServiceTest() {
        world.permissions.edits(pm, "GROW").views(reader, "GROW");
        world.app.initiatives().save(admin, initiative("GROW-1").team("GROW").build());
        world.app.initiatives().save(admin, initiative("DATA-1").team("DATA").build());
    }

    private EvidenceEntry insight(String key) {
        return world.app.evidence().record(admin, InitiativeKey.parse(key), new EvidenceForm("CUSTOMER_INSIGHT",
                "Interviews with 12 admins", null, null, null, null));
    }

    @Test
    void anEditorListsAndResolvesAndEveryViewerReads() {
        Assumption listed = world.app.assumptions().list(pm, GROW_1, "  Admins invite their team in week one ");
        EvidenceEntry settled = insight("GROW-1");

        Assumption refuted = world.app.assumptions().resolve(pm, listed.id(), "refuted", settled.id().toString());

        assertThat(listed.text()).isEqualTo("Admins invite their team in week one");
        assertThat(refuted.status()).isEqualTo(AssumptionStatus.REFUTED);
        assertThat(refuted.latest().orElseThrow().evidence()).isEqualTo(settled.id());
        assertThat(world.app.assumptions().assumptions(reader, GROW_1)).singleElement()
                .extracting(Assumption::status).isEqualTo(AssumptionStatus.REFUTED);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> world.app.assumptions().list(pm, GROW_1, " "))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly(AssumptionService.TEXT));
        Assumption listed = world.app.assumptions().list(pm, GROW_1, "Admins invite their team");
        EvidenceEntry elsewhere = insight("DATA-1");

        assertThatThrownBy(() -> world.app.assumptions().resolve(pm, listed.id(), "OPEN", elsewhere.id().toString()))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field() + ":" + error.message().key()).containsExactly(
                                "status:throughline.assumption.status.unknown",
                                "evidenceId:throughline.assumption.evidence.unknown"));
        assertThatThrownBy(() -> world.app.assumptions().resolve(pm, listed.id(), "CONFIRMED", null))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
        assertThat(world.assumptions.find(listed.id()).orElseThrow().resolutions()).isEmpty();
    }

    @Test
    void readersMayNotWriteStrangersSeeNothingAndAClosedInitiativeIsClosed() {
        Assumption listed = world.app.assumptions().list(pm, GROW_1, "Admins invite their team");
        String entry = insight("GROW-1").id().toString();

        assertThatThrownBy(() -> world.app.assumptions().list(reader, GROW_1, "Mine"))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThatThrownBy(() -> world.app.assumptions().resolve(UserRef.of("stranger"), listed.id(), "CONFIRMED", entry))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.assumptions().resolve(pm, new AssumptionId(99), "CONFIRMED", entry))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.assumptions().assumptions(UserRef.of("stranger"), GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);

        world.app.initiatives().recordStage(admin, GROW_1, Stage.ABANDONED);
        assertThatThrownBy(() -> world.app.assumptions().list(pm, GROW_1, "Late"))
                .isInstanceOf(ThroughlineException.Conflict.class);
    }

    @Test
    void ofTwoResolutionsFromTheSameReadOneWins() {
        Assumption listed = world.app.assumptions().list(pm, GROW_1, "Admins invite their team");
        EvidenceEntry entry = insight("GROW-1");
        InMemoryAssumptions racing = world.assumptions;
        // Another writer resolves it between this resolution's read and its write.
        racing.resolve(listed.id(), 1, new Assumption.Resolution(AssumptionStatus.CONFIRMED, entry.id(), admin,
                world.clock.now()));

        assertThatThrownBy(() -> racing.resolve(listed.id(), 1, new Assumption.Resolution(AssumptionStatus.REFUTED,
                entry.id(), pm, world.clock.now()))).isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(world.app.assumptions().resolve(pm, listed.id(), "REFUTED", entry.id().toString()).resolutions())
                .hasSize(2);
    }
}
