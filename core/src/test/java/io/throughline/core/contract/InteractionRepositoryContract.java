package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.interaction.InteractionTable;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InteractionRepository} must do. */
public abstract class InteractionRepositoryContract {

    private static final Team GROWTH = Team.of("Growth");
    private static final Team IDENTITY = Team.of("Identity");
    private static final Team BILLING = Team.of("Billing");

    private InteractionRepository repository;

    protected abstract InteractionRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void startsEmptyAtVersionZero() {
        assertThat(repository.table()).isEqualTo(InteractionTable.EMPTY);
    }

    @Test
    void replacingKeepsEveryPairWithModeAndSlaAndMovesTheVersionOn() {
        List<Interaction> pairs = List.of(
                new Interaction(GROWTH, IDENTITY, InteractionMode.X_AS_A_SERVICE, 1),
                new Interaction(IDENTITY, GROWTH, InteractionMode.COLLABORATION, 5),
                new Interaction(GROWTH, BILLING, InteractionMode.FACILITATING, 0));

        InteractionTable written = repository.replace(pairs, 0);

        assertThat(written.version()).isEqualTo(1);
        assertThat(repository.table()).isEqualTo(written);
        assertThat(repository.table().pairs()).containsExactlyInAnyOrderElementsOf(pairs);
        assertThat(repository.table().of(GROWTH, IDENTITY)).contains(pairs.get(0));
        assertThat(repository.table().of(IDENTITY, BILLING)).isEmpty();
    }

    @Test
    void replacingDropsPairsNoLongerListed() {
        repository.replace(List.of(new Interaction(GROWTH, IDENTITY, InteractionMode.COLLABORATION, 5),
                new Interaction(GROWTH, BILLING, InteractionMode.COLLABORATION, 5)), 0);

        repository.replace(List.of(new Interaction(GROWTH, BILLING, InteractionMode.X_AS_A_SERVICE, 3)), 1);

        assertThat(repository.table().pairs())
                .containsExactly(new Interaction(GROWTH, BILLING, InteractionMode.X_AS_A_SERVICE, 3));
        assertThat(repository.table().version()).isEqualTo(2);

        repository.replace(List.of(), 2);
        assertThat(repository.table().pairs()).isEmpty();
        assertThat(repository.table().version()).isEqualTo(3);
    }

    @Test
    void aWriterHoldingAnOldVersionLosesAndChangesNothing() {
        repository.replace(List.of(new Interaction(GROWTH, IDENTITY, InteractionMode.COLLABORATION, 5)), 0);

        assertThatThrownBy(() -> repository.replace(
                List.of(new Interaction(GROWTH, BILLING, InteractionMode.FACILITATING, 4)), 0))
                .isInstanceOf(ThroughlineException.Conflict.class);

        assertThat(repository.table().version()).isEqualTo(1);
        assertThat(repository.table().pairs())
                .containsExactly(new Interaction(GROWTH, IDENTITY, InteractionMode.COLLABORATION, 5));
    }
}
