package io.throughline.jira.web.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes printed references the way Jira's auto-escaping does: a reference whose last name ends
 * in "Html" (or "HTML") is trusted and printed as it is; anything else is HTML-escaped.
 */
public final class HtmlSafeByName implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** True for {@code $a.bHtml}, {@code ${a.bHtml}}, {@code $!a.getBHtml()} and the like. */
    public static boolean isHtmlSafe(String reference) {
        String name = reference.replaceAll("[${}!]", "").replaceAll("\\(.*\\)$", "");
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.endsWith("Html") || last.endsWith("HTML");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
