package io.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.web.macro.dependency.DependencyStatusMacro;
import java.util.Map;

/** Confluence's {@code throughline-dependency-status}: hands the page's parameters and viewer to web's macro. */
public final class DependencyStatusConfluenceMacro implements Macro {

    private final DependencyStatusMacro macro;
    private final ConfluenceMacroContexts contexts;

    public DependencyStatusConfluenceMacro(DependencyStatusMacro macro, ConfluenceMacroContexts contexts) {
        this.macro = macro;
        this.contexts = contexts;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return MacroOutput.safely(DependencyStatusMacro.NAME,
                () -> macro.render(parameters == null ? Map.of() : parameters, contexts.current()));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
