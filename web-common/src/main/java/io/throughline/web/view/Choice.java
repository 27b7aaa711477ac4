package io.throughline.web.view;


/** One option of a select: the value sent and the label shown, both escaped. */
public final class Choice {

    private final String valueHtml;
    private final String labelHtml;

    private Choice(String valueHtml, String labelHtml) {
        this.valueHtml = valueHtml;
        this.labelHtml = labelHtml;
    }

    public static Choice of(String value, String label) {
        return new Choice(Html.escape(value), Html.escape(label));
    }

    public String getValueHtml() {
        return valueHtml;
    }

    public String getLabelHtml() {
        return labelHtml;
    }
}
