package io.throughline.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    @Test
    void escapesTextAndAttributeValues() {
        String html = new HtmlWriter().element("p", "<b>&\"'", "title", "\" onclick=\"x").html();

        assertThat(html).isEqualTo("<p title=\"&#34; onclick&#61;&#34;x\">&#60;b&#62;&#38;&#34;&#39;</p>");
    }

    @Test
    void refusesScriptsHandlersAndStrayElements() {
        assertThatThrownBy(() -> new HtmlWriter().open("script")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("div", "onclick", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("div", "style", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("a", "href", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("div").html()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("div").close("p")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnsafeLinkBecomesText() {
        assertThat(new HtmlWriter().link("javascript:alert(1)", "KEY-1").html()).isEqualTo("KEY-1");
        assertThat(new HtmlWriter().link("/browse/KEY-1", "KEY-1").html()).isEqualTo("KEY-1");
        assertThat(new HtmlWriter().link("https://jira.example.com/browse/KEY-1", "KEY-1").html())
                .isEqualTo("<a href=\"https://jira.example.com/browse/KEY-1\">KEY-1</a>");
    }

    @Test
    void aBarSegmentIsAnEmptySpanWithItsWidthClamped() {
        assertThat(new HtmlWriter().segment("throughline-bar-done", 33).segment("x", 140).segment("y", -5).html())
                .isEqualTo("<span class=\"throughline-bar-done\" style=\"width: 33%\"></span>"
                        + "<span class=\"x\" style=\"width: 100%\"></span><span class=\"y\" style=\"width: 0%\"></span>");
    }
}
