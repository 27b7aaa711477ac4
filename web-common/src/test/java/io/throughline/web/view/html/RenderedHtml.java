package io.throughline.web.view.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rendered HTML against its template: the output may contain only the tags and attribute
 * names the template itself writes, every attribute value is double-quoted and free of raw
 * markup characters, text between tags holds no raw markup characters, and every {@code href}
 * is an absolute http(s) link. Data that escaped its escaping shows up as a violation of one of these.
 */
public final class RenderedHtml {

    private static final Pattern TEMPLATE_TAG = Pattern.compile("<(?!/)[a-zA-Z][^>]*>");
    private static final Pattern TAG_NAME = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([a-zA-Z][a-zA-Z0-9-]*)(?==|\\s|/?>)");
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9-]*)(?:=\"([^\"]*)\")?");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(\\d+);");

    private final Set<String> tags = new TreeSet<>();
    private final Set<String> attributes = new TreeSet<>();

    private RenderedHtml(String template) {
        Matcher names = TAG_NAME.matcher(template);
        while (names.find()) {
            tags.add(names.group(1).toLowerCase());
        }
        Matcher openTags = TEMPLATE_TAG.matcher(template);
        while (openTags.find()) {
            Matcher attribute = ATTRIBUTE_NAME.matcher(openTags.group());
            while (attribute.find()) {
                attributes.add(attribute.group(1).toLowerCase());
            }
        }
    }

    /** Vocabulary of the given template text. */
    public static RenderedHtml of(String template) {
        return new RenderedHtml(template);
    }

    public Set<String> tags() {
        return tags;
    }

    public Set<String> attributes() {
        return attributes;
    }

    /** Fails with the offending fragment when the output holds markup the template does not write. */
    public void assertOnlyTemplateMarkup(String html) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                text.append(html, at, html.length());
                break;
            }
            text.append(html, at, open);
            Matcher tag = TAG.matcher(html).region(open, html.length());
            assertThat(tag.lookingAt()).as("markup at %d: %s", open, excerpt(html, open)).isTrue();
            assertThat(tags).as("tag at %d: %s", open, excerpt(html, open)).contains(tag.group(2).toLowerCase());
            checkAttributes(tag.group(3), html, open);
            at = tag.end();
        }
        assertThat(text.toString()).as("text between tags").doesNotContain("<", ">", "\"", "'", "`");
    }

    private void checkAttributes(String list, String html, int open) {
        Matcher attribute = ATTRIBUTE.matcher(list);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase();
            String value = attribute.group(2) == null ? "" : attribute.group(2);
            assertThat(attributes).as("attribute at %d: %s", open, excerpt(html, open)).contains(name);
            assertThat(value).as("value of %s at %d", name, open).doesNotContain("<", ">", "'", "`");
            if (name.equals("href")) {
                // A web link, or a path on the host itself (one slash: "//x" would leave the site).
                assertThat(decode(value)).as("href at %d", open).matches("(?i)https?://[^\\s]+|/(?![/\\\\])[^\\s]*");
            }
        }
    }

    /** Decodes numeric character references, the only ones the escaper writes. */
    public static String decode(String value) {
        return NUMERIC_REFERENCE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(1))))).replace("&amp;", "&");
    }

    private static String excerpt(String html, int at) {
        return html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 120));
    }
}
