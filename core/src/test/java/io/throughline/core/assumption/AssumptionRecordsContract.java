package io.throughline.core.assumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AssumptionRecords} must do: keep listings and resolutions in order, one per round. */
public abstract class AssumptionRecordsContract {

    private static final InitiativeKey A = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey B = InitiativeKey.parse("DATA-2");
    private static final Instant T = Instant.parse("2026-05-04T10:15:30.250Z");
    private static final UserRef PM = UserRef.of("pm.growth");

    private AssumptionRecords records;

    protected abstract AssumptionRecords newRecords();

    @BeforeEach
    void createRecords() {
        records = newRecords();
    }

    @Test
    void listedAssumptionsComeBackInOrderPerInitiative() {
        Assumption first = records.list(A, "Admins will invite their team in the first week", PM, T);
        Assumption other = records.list(B, "Storage costs dominate", PM, T);
        Assumption second = records.list(A, "x".repeat(Assumption.MAX_TEXT), PM, T.plusSeconds(1));

        assertThat(records.assumptionsFor(A)).containsExactly(first, second);
        assertThat(records.assumptionsFor(B)).containsExactly(other);
        assertThat(first.status()).isEqualTo(AssumptionStatus.OPEN);
        assertThat(records.find(second.id())).contains(second);
    }

    @Test
    void resolutionsAreAppendedOnePerRoundAndTheLatestIsTheStatus() {
        Assumption listed = records.list(A, "SSO users skip the password step", PM, T);
        Assumption.Resolution confirmed = new Assumption.Resolution(AssumptionStatus.CONFIRMED, new EvidenceId(3), PM,
                T.plusSeconds(60));
        Assumption.Resolution refuted = new Assumption.Resolution(AssumptionStatus.REFUTED, new EvidenceId(9),
                UserRef.of("lead.identity"), T.plusSeconds(120));

        records.resolve(listed.id(), 1, confirmed);
        Assumption twice = records.resolve(listed.id(), 2, refuted);

        assertThat(twice.resolutions()).containsExactly(confirmed, refuted);
        assertThat(records.find(listed.id()).orElseThrow().status()).isEqualTo(AssumptionStatus.REFUTED);
        assertThatThrownBy(() -> records.resolve(listed.id(), 2, confirmed))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(records.find(listed.id()).orElseThrow().resolutions()).hasSize(2);
    }

    @Test
    void assumptionsFollowTheirInitiativeToANewKey() {
        Assumption listed = records.list(A, "SSO users skip the password step", PM, T);
        InitiativeKey moved = InitiativeKey.parse("CORE-9");

        records.rekey(A, moved);

        assertThat(records.assumptionsFor(A)).isEmpty();
        assertThat(records.assumptionsFor(moved)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(listed.id());
            assertThat(a.initiative()).isEqualTo(moved);
        });
    }
}
