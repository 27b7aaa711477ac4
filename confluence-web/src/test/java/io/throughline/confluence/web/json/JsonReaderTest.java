package io.throughline.confluence.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.jira.web.json.ErrorJson;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    private final JsonReader reader = JsonReader.withDefaults();

    @Test
    @SuppressWarnings("unchecked")
    void readsEveryKindOfValueInDocumentOrder() {
        Object value = reader.read(" {\"b\":[1, -2.5e3, 0, true, false, null], \"a\":{\"s\":\"x\\\"y\\\\z\\/\\n\\u00e9\\ud83d\\ude00\"}} ");

        Map<String, Object> root = (Map<String, Object>) value;
        assertThat(root.keySet()).containsExactly("b", "a");
        assertThat((List<Object>) root.get("b")).containsExactly(BigDecimal.ONE, new BigDecimal("-2.5e3"), BigDecimal.ZERO,
                true, false, null);
        assertThat(((Map<?, ?>) root.get("a")).get("s")).isEqualTo("x\"y\\z/\né😀");
    }

    @Test
    void readsWhatJacksonWritesForTheRestRecords() throws Exception {
        ErrorJson error = ErrorJson.of("owner", "<b>\"quoted\"</b> & \u2028 line");
        String written = new ObjectMapper().writeValueAsString(error);

        JsonObject root = JsonObject.root(reader.read(written));

        JsonObject entry = root.objects("errors").get(0);
        assertThat(entry.string("field")).isEqualTo("owner");
        assertThat(entry.string("message")).isEqualTo(error.errors().get(0).message());
    }

    @Test
    void scalarsAndEmptyContainersAreDocumentsToo() {
        assertThat(reader.read("\"only\"")).isEqualTo("only");
        assertThat(reader.read("42")).isEqualTo(new BigDecimal("42"));
        assertThat(reader.read("null")).isNull();
        assertThat(reader.read("[]")).isEqualTo(List.of());
        assertThat(reader.read("{}")).isEqualTo(Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{'a':1}",
            "01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "tru", "nul", "\"open", "\"bad \\x escape\"",
            "\"\\u12\"", "\"tab\there\"", "[1] [2]", "{\"a\":1}x", "/* comment */ 1", "\"\\ud83d", "[\"a\" \"b\"]"})
    void refusesWhatIsNotStrictJson(String document) {
        assertThatThrownBy(() -> reader.read(document)).isInstanceOf(JsonReader.MalformedJson.class)
                .hasMessageContaining("at character");
    }

    @Test
    void keepsNumbersExactlyAsWritten() {
        assertThat(reader.read("[0.1, 123456789012345678901234567890, 1E-7]")).isEqualTo(List.of(
                new BigDecimal("0.1"), new BigDecimal("123456789012345678901234567890"), new BigDecimal("1E-7")));
    }

    @Test
    void namesThePositionOfTheFirstProblem() {
        assertThatThrownBy(() -> reader.read("{\"a\":1,\"a\":2}"))
                .isInstanceOfSatisfying(JsonReader.MalformedJson.class, e -> assertThat(e.position()).isEqualTo(7));
        assertThatThrownBy(() -> reader.read("[1] [2]"))
                .isInstanceOfSatisfying(JsonReader.MalformedJson.class, e -> assertThat(e.position()).isEqualTo(4));
    }

    @Test
    void refusesDuplicateMemberNames() {
        assertThatThrownBy(() -> reader.read("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonReader.MalformedJson.class).hasMessageContaining("duplicate member name \"a\"");
    }

    @Test
    void refusesNestingDeeperThanTheLimitButAcceptsTheLimit() {
        JsonReader shallow = new JsonReader(1000, 3);

        assertThat(shallow.read("[[[1]]]")).isEqualTo(List.of(List.of(List.of(BigDecimal.ONE))));
        assertThatThrownBy(() -> shallow.read("[[[[1]]]]")).hasMessageContaining("nested deeper than 3 levels");
        assertThatThrownBy(() -> shallow.read("{\"a\":{\"b\":{\"c\":{}}}}")).hasMessageContaining("nested deeper");
    }

    @Test
    void aHostileDeepDocumentFailsCleanlyInsteadOfOverflowingTheStack() {
        char[] open = new char[200_000];
        Arrays.fill(open, '[');

        assertThatThrownBy(() -> reader.read(new String(open))).isInstanceOf(JsonReader.MalformedJson.class)
                .hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void refusesDocumentsOverTheSizeLimit() {
        JsonReader small = new JsonReader(10, 8);

        assertThat(small.read("\"12345678\"")).isEqualTo("12345678");
        assertThatThrownBy(() -> small.read("\"123456789\"")).hasMessageContaining("longer than 10 characters");
    }

    @Test
    void theShapeReaderNamesTheMemberThatIsWrong() {
        JsonObject root = JsonObject.root(reader.read("{\"rows\":[{\"id\":\"7\"}],\"n\":1.5,\"t\":null}"));

        assertThatThrownBy(() -> root.objects("rows").get(0).integer("id"))
                .isInstanceOf(JsonShapeException.class).hasMessage("$.rows[0].id is not a number");
        assertThatThrownBy(() -> root.integer("n")).hasMessage("$.n is not a whole number");
        assertThatThrownBy(() -> root.string("t")).hasMessage("$.t is missing");
        assertThatThrownBy(() -> JsonObject.root(List.of())).hasMessage("$ is not an object");
        assertThat(root.optionalString("t")).isEmpty();
    }
}
