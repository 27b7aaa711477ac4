package io.throughline.confluence.web;

import io.throughline.web.view.Href;
import io.throughline.web.view.Html;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes macro HTML with escaping by default: every text and attribute value goes through
 * {@link Html#escape}, tag and attribute names must be plain words from a fixed vocabulary (no
 * {@code script}, no event handlers), an {@code href} is written only when {@link Href} allows it,
 * and elements close in order. There is no way to write raw markup: a chart is checked against a
 * small SVG vocabulary before it is written ({@link #chart}).
 */
public final class HtmlWriter {

    private static final Set<String> TAGS = Set.of("div", "span", "p", "strong", "em", "a", "ul", "li", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "h3", "abbr", "time");
    private static final Pattern ATTRIBUTE = Pattern.compile("class|title|href|scope|datetime|data-[a-z-]+|aria-[a-z]+|role");

    private final StringBuilder out = new StringBuilder(1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    public HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(checkedTag(tag));
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    public HtmlWriter close(String tag) {
        String expected = open.isEmpty() ? null : open.pop();
        if (!tag.equals(expected)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + expected + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        out.append(Html.escape(text));
        return this;
    }

    /** An element holding only text. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link when the address is a safe absolute http(s) URL; otherwise the text alone. */
    public HtmlWriter link(String url, String text, String... attributes) {
        if (!Href.isSafe(url)) {
            return text(text);
        }
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = url;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /**
     * One segment of a progress bar: an empty span of the class, as wide as {@code percent} (clamped
     * to 0..100). The only style this writer emits, and only a number: no text reaches it.
     */
    public HtmlWriter segment(String cssClass, int percent) {
        open("span", "class", cssClass);
        out.setLength(out.length() - 1);
        out.append(" style=\"width: ").append(Math.max(0, Math.min(100, percent))).append("%\">");
        return close("span");
    }

    /**
     * An inline SVG chart as the shared chart classes draw it ({@code Sparkline}, {@code WeeklySeries}),
     * written only when it holds nothing but the drawing vocabulary: {@code svg}, {@code title} and
     * the shapes, their geometry and paint attributes, quoted values and escaped text.
     *
     * @throws IllegalArgumentException for anything else (a script, a handler, a link, an unknown element)
     */
    public HtmlWriter chart(String svg) {
        SvgCheck.require(svg);
        out.append(svg);
        return this;
    }

    /** The document; every element opened must have been closed. */
    public String html() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed <" + open.peek() + ">");
        }
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (!ATTRIBUTE.matcher(name).matches()) {
                throw new IllegalArgumentException("attribute not allowed: " + name);
            }
            if (name.equals("href") && !Href.isSafe(value)) {
                throw new IllegalArgumentException("unsafe href; use link()");
            }
            if (value != null) {
                out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
            }
        }
    }

    private static String checkedTag(String tag) {
        if (!TAGS.contains(tag.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("element not allowed: " + tag);
        }
        return tag;
    }
}
