package io.throughline.confluence.web;

import io.throughline.web.view.ViewText;

/**
 * The steps every macro render takes: parse the parameters (problems become a warning panel), refuse
 * an anonymous viewer politely, then render; a fault of ours becomes a panel and a log entry.
 */
public final class MacroRun {

    private static final System.Logger LOG = System.getLogger(MacroRun.class.getName());

    private MacroRun() {
    }

    /** {@code render} gets the valid parameters, the viewer's user key and the panels for this context. */
    public static <P> String render(String macro, Parsed<P> parsed, MacroContext context, Renderer<P> render) {
        MacroPanels panels = new MacroPanels(ViewText.forLocale(context.locale()), context);
        try {
            if (parsed instanceof Parsed.Invalid<P> invalid) {
                return panels.parameterProblems(invalid.problems());
            }
            P parameters = ((Parsed.Valid<P>) parsed).value();
            if (context.viewer().isEmpty()) {
                return panels.anonymous();
            }
            return render.render(parameters, context.viewer().get(), panels);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Throughline macro " + macro + " failed to render", e);
            return panels.unexpected();
        }
    }

    /** Renders valid parameters for a signed-in viewer. */
    @FunctionalInterface
    public interface Renderer<P> {
        String render(P parameters, String viewer, MacroPanels panels);
    }
}
