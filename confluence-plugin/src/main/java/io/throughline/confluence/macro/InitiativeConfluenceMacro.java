package io.throughline.confluence.macro;

import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.web.initiative.InitiativeMacro;

/** Confluence's {@code throughline-initiative}: the initiative status card, rendered by web for the viewer. */
public final class InitiativeConfluenceMacro extends ThroughlineConfluenceMacro {

    public InitiativeConfluenceMacro(InitiativeMacro macro, ConfluenceMacroContexts contexts) {
        super(InitiativeMacro.NAME, macro::render, contexts);
    }
}
