package io.throughline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Identity", "Team A", "R&D", "O'Neil's crew", "Platform_2.0", "Data-Eng", "7 Seas", "Zahlungsverkehr Ü"})
    void acceptsLettersDigitsSpacesAndAFewMarks(String name) {
        assertThat(Team.of(name).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-team", "'quoted'", ".hidden", "Identity/Access", "Team #1", "Ops\tTeam", "Ops\nTeam", "<script>"})
    void rejectsNamesThatAreBlankOrHoldOtherCharacters(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> Team.of(name));
    }

    @Test
    void stripsSurroundingSpace() {
        assertThat(Team.of("  Identity ")).isEqualTo(Team.of("Identity")).hasToString("Identity");
    }

    @Test
    void acceptsNamesUpToTheMaximumLength() {
        assertThat(Team.of("T".repeat(Team.MAX_LENGTH)).name()).hasSize(Team.MAX_LENGTH);
        assertThatIllegalArgumentException().isThrownBy(() -> Team.of("T".repeat(Team.MAX_LENGTH + 1)));
    }

    @Test
    void ordersByName() {
        assertThat(Stream.of("Payments", "Identity", "Growth").map(Team::of).sorted())
                .extracting(Team::name).containsExactly("Growth", "Identity", "Payments");
    }
}
