package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMappingRepository;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StageMappingRepository} must do. */
public abstract class StageMappingRepositoryContract {

    private StageMappingRepository repository;

    protected abstract StageMappingRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void overridesAreKeptByNormalisedStatusName() {
        repository.put("  Ready   For Launch ", Optional.of(Stage.SHIPPED));
        repository.put("Discovery", Optional.of(Stage.BET));

        assertThat(repository.overrides())
                .containsExactlyInAnyOrderEntriesOf(Map.of("ready for launch", Stage.SHIPPED, "discovery", Stage.BET));
        assertThat(repository.mapping().stageFor("READY FOR LAUNCH")).contains(Stage.SHIPPED);
    }

    @Test
    void puttingAgainReplacesAndEmptyRemoves() {
        repository.put("Done", Optional.of(Stage.VALIDATED));
        repository.put("done", Optional.of(Stage.ABANDONED));
        assertThat(repository.overrides()).containsExactlyEntriesOf(Map.of("done", Stage.ABANDONED));

        repository.put("DONE", Optional.empty());

        assertThat(repository.overrides()).isEmpty();
        assertThat(repository.mapping().stageFor("Done")).contains(Stage.SHIPPED);
    }
}
