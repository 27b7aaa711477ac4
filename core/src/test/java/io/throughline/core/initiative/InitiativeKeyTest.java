package io.throughline.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeKeyTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "GROW-12       | GROW-12",
        "grow-12       | GROW-12",
        "'  Grow-12  ' | GROW-12",
        "A-1           | A-1",
        "IDN_2-7       | IDN_2-7",
        "X1-999999999999999999 | X1-999999999999999999",
    })
    void parseForgivesCaseAndSurroundingSpace(String typed, String key) {
        assertThat(InitiativeKey.parse(typed).value()).isEqualTo(key);
        assertThat(InitiativeKey.isValid(typed)).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {
        " ", "GROW", "GROW-", "-12", "GROW-0", "GROW-012", "GROW--12", "GROW 12", "GROW-12a", "1GROW-12",
        "_GROW-1", "GR-OW-1", "GROW-1234567890123456789", "ABCDEFGHIJKLMNOPQRSTU-1", "GRÖW-1",
    })
    void rejectsWhatIsNotAnIssueKey(String typed) {
        assertThat(InitiativeKey.isValid(typed)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> InitiativeKey.parse(typed));
    }

    @Test
    void constructorDoesNotForgiveLowerCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InitiativeKey("grow-12"));
    }

    @Test
    void projectKeyIsThePartBeforeTheDash() {
        assertThat(InitiativeKey.parse("IDN_2-7").projectKey()).isEqualTo("IDN_2");
    }

    @Test
    void ordersByProjectThenByIssueNumberNotByText() {
        List<InitiativeKey> sorted = Stream.of("GROW-10", "IDN-1", "GROW-2", "GROW-1", "AUTH-99")
                .map(InitiativeKey::parse).sorted().toList();

        assertThat(sorted).extracting(InitiativeKey::value)
                .containsExactly("AUTH-99", "GROW-1", "GROW-2", "GROW-10", "IDN-1");
        assertThat(InitiativeKey.parse("GROW-2")).isLessThan(InitiativeKey.parse("GROW-10"));
        assertThat(InitiativeKey.parse("grow-2")).isEqualByComparingTo(InitiativeKey.parse("GROW-2"));
    }

    @Test
    void equalKeysAreEqualValues() {
        assertThat(InitiativeKey.parse(" grow-2 ")).isEqualTo(new InitiativeKey("GROW-2")).hasToString("GROW-2");
    }
}
