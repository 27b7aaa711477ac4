package io.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.web.macro.initiative.InitiativeMacro;
import java.util.Map;

/** Confluence's {@code throughline-initiative}: the initiative status card, rendered by web for the viewer. */
public final class InitiativeConfluenceMacro implements Macro {

    private final InitiativeMacro macro;
    private final ConfluenceMacroContexts contexts;

    public InitiativeConfluenceMacro(InitiativeMacro macro, ConfluenceMacroContexts contexts) {
        this.macro = macro;
        this.contexts = contexts;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return MacroOutput.safely(InitiativeMacro.NAME,
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
