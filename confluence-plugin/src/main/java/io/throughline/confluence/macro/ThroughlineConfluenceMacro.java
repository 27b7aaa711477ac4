package io.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.web.MacroContext;
import java.util.Map;
import java.util.function.BiFunction;

/** A Throughline macro in Confluence: the page's parameters and viewer in, web's HTML out, never a stack trace. */
abstract class ThroughlineConfluenceMacro implements Macro {

    private final String name;
    private final BiFunction<Map<String, String>, MacroContext, String> render;
    private final ConfluenceMacroContexts contexts;

    ThroughlineConfluenceMacro(String name, BiFunction<Map<String, String>, MacroContext, String> render,
                               ConfluenceMacroContexts contexts) {
        this.name = name;
        this.render = render;
        this.contexts = contexts;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return MacroOutput.safely(name, () -> render.apply(parameters == null ? Map.of() : parameters, contexts.current()));
    }

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
