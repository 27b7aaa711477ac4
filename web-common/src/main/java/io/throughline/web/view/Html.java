package io.throughline.web.view;


/**
 * Escapes text for HTML element content and quoted attribute values. Besides the five usual
 * characters it escapes {@code `} and {@code =}, which break unquoted or back-tick attributes in
 * old browsers; every escape is a numeric character reference, valid in HTML and XML alike.
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
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
