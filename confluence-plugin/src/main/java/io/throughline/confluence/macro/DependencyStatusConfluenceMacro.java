package io.throughline.confluence.macro;

import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.web.dependency.DependencyStatusMacro;

/** Confluence's {@code throughline-dependency-status}: hands the page's parameters and viewer to web's macro. */
public final class DependencyStatusConfluenceMacro extends ThroughlineConfluenceMacro {

    public DependencyStatusConfluenceMacro(DependencyStatusMacro macro, ConfluenceMacroContexts contexts) {
        super(DependencyStatusMacro.NAME, macro::render, contexts);
    }
}
