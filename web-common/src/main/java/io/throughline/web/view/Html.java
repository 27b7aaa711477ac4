package io.throughline.web.view;

import io.throughline.core.common.Texts;


/**
 * Escapes text for HTML element content and quoted attribute values. Besides the five usual
 * characters it escapes {@code `} and {@code =}, which break unquoted or back-tick attributes in
 * old browsers; every escape is a numeric character reference, valid in HTML and XML alike.
 * Characters HTML does not allow in text (controls other than tab and line breaks) and the
 * bidirectional override and isolate marks, which could make host-owned text (an issue summary
 * typed in Jira) read differently from what it says, become U+FFFD.
 */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " ' ` =} replaced by numeric references; null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '<', '>', '"', '\'', '`', '=' -> out.append("&#").append((int) c).append(';');
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(Texts.isHidden(c) ? '\ufffd' : c);
            }
        }
        return out.toString();
    }
}
