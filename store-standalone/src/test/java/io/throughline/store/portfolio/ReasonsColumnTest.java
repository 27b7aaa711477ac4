package io.throughline.store.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A status's reasons in one short text column: every code, its days and the blocked provider back, in order. */
class ReasonsColumnTest {

    @Test
    void reasonsAreWrittenAsALetterTheDaysAndTheBlockedProvider() {
        List<HealthReason> blocked = List.of(HealthReason.of(HealthReason.Code.DECLINED, 0),
                HealthReason.of(HealthReason.Code.OVERDUE, 12),
                HealthReason.providerBlocked(InitiativeKey.parse("IDENTITYPLATFORMXYZW-123456789012345678")));

        String text = ReasonsColumn.encode(blocked);

        assertThat(text).isEqualTo("D0;O12;P0@IDENTITYPLATFORMXYZW-123456789012345678");
        assertThat(text.length()).isLessThan(255);
        assertThat(ReasonsColumn.decode(text)).isEqualTo(blocked);
    }

    @Test
    void atRiskReasonsAndNoneComeBackUnchanged() {
        List<HealthReason> atRisk = List.of(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, 7),
                HealthReason.of(HealthReason.Code.COMMITTED_AFTER_NEEDED_BY, 3));

        assertThat(ReasonsColumn.decode(ReasonsColumn.encode(atRisk))).isEqualTo(atRisk);
        assertThat(ReasonsColumn.encode(List.of())).isNull();
        assertThat(ReasonsColumn.decode(null)).isEmpty();
    }

    @Test
    void aLetterNoCodeHasIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> ReasonsColumn.decode("D0;X4")).hasMessageContaining("X");
    }
}
