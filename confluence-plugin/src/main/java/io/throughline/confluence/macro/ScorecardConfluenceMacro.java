package io.throughline.confluence.macro;

import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.web.scorecard.ScorecardMacro;

/** Confluence's {@code throughline-scorecard}: the operating scorecard, rendered by web for the viewer. */
public final class ScorecardConfluenceMacro extends ThroughlineConfluenceMacro {

    public ScorecardConfluenceMacro(ScorecardMacro macro, ConfluenceMacroContexts contexts) {
        super(ScorecardMacro.NAME, macro::render, contexts);
    }
}
