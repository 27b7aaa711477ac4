package io.throughline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserRefTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"pm.growth", "JIRAUSER10100", "anna@example.com", "user with spaces", "ännä"})
    void keepsTheHostsKeyAsItIs(String key) {
        assertThat(UserRef.of(key).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" \t ", "pm\ngrowth", "pm\u0000growth"})
    void rejectsBlankKeysAndControlCharacters(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> UserRef.of(key));
    }

    @Test
    void stripsSurroundingSpace() {
        assertThat(UserRef.of(" pm.growth ")).isEqualTo(UserRef.of("pm.growth")).hasToString("pm.growth");
    }

    @Test
    void acceptsKeysUpToTheMaximumLength() {
        assertThat(UserRef.of("u".repeat(UserRef.MAX_LENGTH)).key()).hasSize(UserRef.MAX_LENGTH);
        assertThatIllegalArgumentException().isThrownBy(() -> UserRef.of("u".repeat(UserRef.MAX_LENGTH + 1)));
    }
}
