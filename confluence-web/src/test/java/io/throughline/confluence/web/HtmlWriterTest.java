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

    @Test
    void aChartFromTheSharedChartClassesIsWrittenAsItIs() {
        String sparkline = io.throughline.web.view.Sparkline.svg(java.util.List.of(java.math.BigDecimal.ONE,
                java.math.BigDecimal.TEN), java.util.Optional.of(java.math.BigDecimal.ZERO),
                java.util.Optional.of(java.math.BigDecimal.TEN), "2 readings <against> \"10\"").orElseThrow();
        String series = io.throughline.web.view.WeeklySeries.svg(java.util.List.of(java.util.Optional.empty(),
                java.util.Optional.of(java.math.BigDecimal.ONE)), "Weeks & days");

        String html = new HtmlWriter().open("p").chart(sparkline).chart(series).close("p").html();

        assertThat(html).isEqualTo("<p>" + sparkline + series + "</p>")
                .contains("<title>2 readings &#60;against&#62; &#34;10&#34;</title>", "<title>Weeks &#38; days</title>");
    }

    @Test
    void aChartWithAnythingButShapesAndTheirWordsIsRefused() {
        String ns = "<svg class=\"c\" xmlns=\"http://www.w3.org/2000/svg\">";
        for (String svg : java.util.List.of(
                ns + "<script>alert(1)</script></svg>",
                ns + "<rect onload=\"alert(1)\" x=\"0\"/></svg>",
                ns + "<a href=\"javascript:alert(1)\"><rect x=\"0\"/></a></svg>",
                ns + "<foreignObject><div>x</div></foreignObject></svg>",
                ns + "<title>a <b>bold</b> title</title></svg>",
                ns + "<title>a & b</title></svg>",
                ns + "<rect x=\"0\"></svg>",
                ns + "<rect x=\"0\"/></svg><script>alert(1)</script><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
                ns + "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg></svg>",
                "<svg class=\"c\"><rect x=\"0\"/></svg>",
                "<svg xmlns=\"http://example.com/other\"></svg>",
                "<div></div>",
                "")) {
            assertThatThrownBy(() -> new HtmlWriter().chart(svg)).as(svg).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
