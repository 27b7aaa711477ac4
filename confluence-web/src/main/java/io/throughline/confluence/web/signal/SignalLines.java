package io.throughline.confluence.web.signal;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.web.view.ViewText;

/** The raised signals as the panel shows them: a badge and its reason each, or a line saying none is raised. */
public final class SignalLines {

    private SignalLines() {
    }

    public static void write(HtmlWriter out, ViewText text, SignalsData signals) {
        if (signals.raised().isEmpty()) {
            out.element("p", text.text("throughline.web.signal.none"));
            return;
        }
        out.open("ul", "class", "throughline-signal-list");
        for (SignalsData.Raised signal : signals.raised()) {
            out.open("li", "class", "throughline-signal", "data-signal", signal.code())
                    .open("span", "class", "aui-lozenge aui-lozenge-moved").text(signal.name()).close("span")
                    .text(" ").text(signal.reason()).close("li");
        }
        out.close("ul");
    }
}
