package io.throughline.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "&|&#38;", "<|&#60;", ">|&#62;", "\"|&#34;", "'|&#39;", "`|&#96;", "=|&#61;",
        "~\"><img src=x onerror=alert(1)>~|&#34;&#62;&#60;img src&#61;x onerror&#61;alert(1)&#62;",
        "&lt;b&gt;|&#38;lt;b&#38;gt;",
        "#set($x = 1)$x|#set($x &#61; 1)$x"})
    void escapesEachSpecialCharacterAsANumericReference(String text, String escaped) {
        assertThat(Html.escape(text)).isEqualTo(escaped);
    }

    @Test
    void leavesOtherTextAlone() {
        String text = "Activation rate 22% → 30% — ünïcödé, 中文, emoji 🚀, $ # : / ; ( ) { }";

        assertThat(Html.escape(text)).isEqualTo(text);
    }

    @Test
    void charactersHtmlForbidsAndDirectionOverridesBecomeTheReplacementCharacter() {
        assertThat(Html.escape("a\u0000b\u001bc\u007fd\u0085e")).isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde");
        assertThat(Html.escape("invoice\u202efdp.exe \u2066x\u2069")).isEqualTo("invoice\ufffdfdp.exe \ufffdx\ufffd");
        assertThat(Html.escape("two\nlines\tand\r\nbreaks")).isEqualTo("two\nlines\tand\r\nbreaks");
        // Marks that only set a direction (LRM, RLM) change nothing about what the text says.
        assertThat(Html.escape("\u200e\u200f")).isEqualTo("\u200e\u200f");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }
}
