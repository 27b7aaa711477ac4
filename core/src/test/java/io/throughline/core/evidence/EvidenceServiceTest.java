package io.throughline.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvidenceServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"));
    private final UserRef admin = world.admin("ops.lead");

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"VALIDATED", "INVALIDATED", "ABANDONED"})
    void aClosedInitiativeTakesNoMoreEvidenceAndNothingIsStored(Stage closed) {
        world.initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("Growth").stage(closed).build());

        ThroughlineException.Conflict refusal = catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> world.app.evidence().record(admin, GROW_1, researchNote()));

        assertThat(refusal.problem()).isEqualTo(Message.of("throughline.evidence.initiative-closed", "GROW-1", closed.name()));
        assertThat(world.evidence.entriesFor(GROW_1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"BET", "COMMITTED", "DELIVERING", "SHIPPED"})
    void anOpenInitiativeTakesEvidence(Stage open) {
        world.initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("Growth").stage(open).build());

        world.app.evidence().record(admin, GROW_1, researchNote());

        assertThat(world.evidence.entriesFor(GROW_1)).hasSize(1);
    }

    private static EvidenceForm researchNote() {
        return new EvidenceForm("RESEARCH", "Admins read the setup guide", null, null, null, null);
    }
}
