package io.throughline.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Message;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Violation NO_OWNER = new Violation(PolicyId.OWNER_PRESENT, Optional.empty(),
            Message.of("throughline.gate.owner.missing"));

    @Test
    void aPassedVerdictFoldsToItsPassedBranch() {
        String answer = Verdict.of(List.of()).fold(() -> "go", violations -> "stop " + violations.size());

        assertThat(answer).isEqualTo("go");
    }

    @Test
    void aBlockedVerdictHandsItsViolationsToTheBlockedBranch() {
        List<Violation> seen = Verdict.of(List.of(NO_OWNER)).fold(List::of, violations -> violations);

        assertThat(seen).containsExactly(NO_OWNER);
    }

    @Test
    void aBlockedVerdictWithoutAViolationCannotBeMade() {
        assertThatThrownBy(() -> new Verdict.Blocked(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
