package io.throughline.confluence.macro;

import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroPanels;
import io.throughline.web.view.ViewText;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs a render so that any fault becomes a panel on the page and a log entry, never a stack trace. */
final class MacroOutput {

    private static final System.Logger LOG = System.getLogger(MacroOutput.class.getName());

    private MacroOutput() {
    }

    static String safely(String macro, Supplier<String> render) {
        try {
            return render.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Throughline macro " + macro + " failed in Confluence", e);
            MacroContext fallback = MacroContext.of(null, Locale.ENGLISH, ZoneOffset.UTC);
            return new MacroPanels(ViewText.forLocale(Locale.ENGLISH), fallback).unexpected();
        }
    }
}
