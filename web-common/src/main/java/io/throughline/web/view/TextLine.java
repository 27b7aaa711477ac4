package io.throughline.web.view;


/** One line of already-escaped text for a template list (violations, health reasons). */
public final class TextLine {

    private final String textHtml;

    private TextLine(String textHtml) {
        this.textHtml = textHtml;
    }

    /** Escapes {@code text} now; the template prints it as it is. */
    public static TextLine of(String text) {
        return new TextLine(Html.escape(text));
    }

    public String getTextHtml() {
        return textHtml;
    }
}
