package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreferredLanguageTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"de-DE,de;q=0.9,en;q=0.8|de-DE", "en;q=0.5, fr;q=0.9|fr", "*, pt-BR|pt-BR",
            "da|da"})
    void takesTheHeaviestNamedLanguage(String header, String tag) {
        assertThat(PerRequestContext.preferred(header)).contains(Locale.forLanguageTag(tag));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {",", ";", ";;;", "*", "en;q=2", "??", "de;q=0", "   "})
    void anUnreadableHeaderMeansTheDefaultNeverAFailure(String header) {
        assertThat(PerRequestContext.preferred(header)).isEmpty();
    }
}
