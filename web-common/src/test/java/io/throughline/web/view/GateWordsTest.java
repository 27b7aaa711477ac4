package io.throughline.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateWordsTest {

    private final ViewText text = ViewText.forLocale(Locale.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "commit; Ready to commit?; Not ready: 2 checks are missing before this bet can be committed.",
            "outcome; Ready to validate?; Not validated yet: 2 checks are missing before this initiative can be validated.",
            "invalidation; Or close it as invalidated?; Not yet: 2 checks are missing before it can be closed as invalidated.",
            "a-gate-from-a-newer-jira; Gate ahead; Not ready: 2 checks are missing."})
    void eachGateHasItsQuestionAndVerdictsAndAnUnknownOneReadsGenerically(String gate, String heading, String blocked) {
        assertThat(text.text(GateWords.headingKey(gate))).isEqualTo(heading);
        assertThat(text.text(GateWords.blockedKey(gate), 2)).isEqualTo(blocked);
        assertThat(text.text(GateWords.passedKey(gate))).startsWith(gate.startsWith("inval") ? "Possible" : "Ready");
        assertThat(text.text(GateWords.blockedKey(gate), 1)).contains("one check is missing");
    }
}
