package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryRollUps} must do. */
public abstract class DeliveryRollUpsContract {

    private static final Instant T = Instant.parse("2026-11-30T09:15:30.123Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private DeliveryRollUps rollUps;

    protected abstract DeliveryRollUps newRollUps();

    @BeforeEach
    void createStore() {
        rollUps = newRollUps();
    }

    static DeliveryRollUp rollUp(String key, int toDo, int inProgress, int done, Instant computedAt) {
        return new DeliveryRollUp(InitiativeKey.parse(key), new Team("Growth"),
                Progress.of(toDo, inProgress, done, Optional.of(new Progress.Points(new BigDecimal("12.5"),
                        new BigDecimal("0.25")))), Optional.of(computedAt.minusSeconds(86_400)), false, computedAt);
    }

    @Test
    void aRollUpComesBackAsStoredToTheMillisecond() {
        DeliveryRollUp stored = rollUp("GROW-1", 5, 4, 3, T);
        rollUps.put(stored);

        assertThat(rollUps.find(GROW_1)).contains(stored);
        assertThat(stored.progress().percentDone()).contains(25);
    }

    @Test
    void withoutEstimatesOrActivityNothingIsInvented() {
        DeliveryRollUp empty = new DeliveryRollUp(GROW_1, new Team("Growth"),
                Progress.of(0, 0, 0, Optional.empty()), Optional.empty(), true, T);
        rollUps.put(empty);

        DeliveryRollUp read = rollUps.find(GROW_1).orElseThrow();
        assertThat(read.progress().points()).isEmpty();
        assertThat(read.progress().percentDone()).isEmpty();
        assertThat(read.lastActivity()).isEmpty();
        assertThat(read.truncated()).isTrue();
    }

    @Test
    void aNewerRollUpReplacesTheOldAndAnOlderOneIsIgnored() {
        rollUps.put(rollUp("GROW-1", 5, 0, 0, T));
        rollUps.put(rollUp("GROW-1", 3, 1, 1, T.plusSeconds(60)));
        rollUps.put(rollUp("GROW-1", 9, 9, 9, T.plusSeconds(30)));

        assertThat(rollUps.findAll()).singleElement().isEqualTo(rollUp("GROW-1", 3, 1, 1, T.plusSeconds(60)));
    }

    @Test
    void findAllIsInKeyOrderAndRemoveForgets() {
        rollUps.put(rollUp("GROW-10", 1, 0, 0, T));
        rollUps.put(rollUp("GROW-9", 1, 0, 0, T));
        rollUps.put(rollUp("DATA-1", 1, 0, 0, T));

        assertThat(rollUps.findAll()).extracting(r -> r.initiative().value()).containsExactly("DATA-1", "GROW-9", "GROW-10");

        rollUps.remove(InitiativeKey.parse("GROW-9"));
        rollUps.remove(InitiativeKey.parse("GROW-9"));
        assertThat(rollUps.findAll()).extracting(r -> r.initiative().value()).containsExactly("DATA-1", "GROW-10");
        assertThat(rollUps.find(InitiativeKey.parse("GROW-9"))).isEmpty();
    }

    @Test
    void aRekeyMovesTheRollUpUnlessOneIsAlreadyThere() {
        rollUps.put(rollUp("GROW-1", 1, 0, 0, T));
        rollUps.rekey(GROW_1, InitiativeKey.parse("CORE-7"));

        assertThat(rollUps.find(GROW_1)).isEmpty();
        assertThat(rollUps.find(InitiativeKey.parse("CORE-7"))).get()
                .extracting(r -> r.progress().toDo()).isEqualTo(1);

        rollUps.put(rollUp("GROW-2", 2, 0, 0, T));
        rollUps.rekey(InitiativeKey.parse("GROW-2"), InitiativeKey.parse("CORE-7"));
        assertThat(rollUps.findAll()).extracting(r -> r.initiative().value(), r -> r.progress().toDo())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CORE-7", 1));
    }
}
