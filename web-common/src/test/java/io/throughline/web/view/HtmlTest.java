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
    void nullIsEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }
}
