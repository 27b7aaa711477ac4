package io.throughline.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are refreshed after the outermost transaction commits, never for a write rolled back. */
class LineRefreshTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey GROW_2 = InitiativeKey.parse("GROW-2");

    private final List<InitiativeKey> refreshed = new ArrayList<>();
    private final LineRefresh refresh = new LineRefresh(new InMemoryTransactions());

    LineRefreshTest() {
        refresh.refreshWith(refreshed::add);
    }

    @Test
    void touchedInitiativesAreRefreshedOnceEachAfterTheOutermostCommit() {
        refresh.inOne(() -> {
            refresh.changed(GROW_1);
            refresh.inOne(() -> {
                refresh.changed(GROW_2);
                refresh.changed(GROW_1);
                return null;
            });
            assertThat(refreshed).as("still inside the outer transaction").isEmpty();
            return null;
        });

        assertThat(refreshed).containsExactly(GROW_1, GROW_2);
    }

    @Test
    void aWriteRolledBackRefreshesNothingAndTheNextWriteStartsClean() {
        assertThatThrownBy(() -> refresh.inOne(() -> {
            refresh.changed(GROW_1);
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(refreshed).isEmpty();

        refresh.inOne(() -> {
            refresh.changed(GROW_2);
            return null;
        });
        assertThat(refreshed).containsExactly(GROW_2);
    }

    @Test
    void outsideATransactionTheLineIsRefreshedAtOnceAndAFailedRefreshLeavesTheWriteStanding() {
        refresh.changed(GROW_1);
        assertThat(refreshed).containsExactly(GROW_1);

        refresh.refreshWith(key -> {
            throw new IllegalStateException("store down");
        });
        assertThat(refresh.inOne(() -> {
            refresh.changed(GROW_2);
            return "written";
        })).isEqualTo("written");
    }
}
