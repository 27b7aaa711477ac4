package io.throughline.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StageMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "To Do, BET", "Backlog, BET", "Selected for Development, COMMITTED", "In Progress, DELIVERING",
        "'  in   review ', DELIVERING", "Done, SHIPPED", "Released, SHIPPED", "Validated, VALIDATED",
        "Invalidated, INVALIDATED", "Won't Do, ABANDONED", "CANCELLED, ABANDONED"})
    void commonStatusNamesMapByDefault(String status, Stage stage) {
        assertThat(StageMapping.withDefaultsOnly().stageFor(status)).contains(stage);
    }

    @Test
    void unknownOrBlankStatusMapsToNothing() {
        assertThat(StageMapping.withDefaultsOnly().stageFor("Waiting for legal")).isEmpty();
        assertThat(StageMapping.withDefaultsOnly().stageFor(" ")).isEmpty();
        assertThat(StageMapping.withDefaultsOnly().stageFor(null)).isEmpty();
    }

    @Test
    void overridesWinOverDefaultsAndAddNewNames() {
        StageMapping mapping = new StageMapping(Map.of("Done", Stage.VALIDATED, "Waiting for legal", Stage.COMMITTED));

        assertThat(mapping.stageFor("done")).contains(Stage.VALIDATED);
        assertThat(mapping.stageFor("WAITING FOR LEGAL")).contains(Stage.COMMITTED);
        assertThat(mapping.stageFor("In Progress")).contains(Stage.DELIVERING);
    }
}
