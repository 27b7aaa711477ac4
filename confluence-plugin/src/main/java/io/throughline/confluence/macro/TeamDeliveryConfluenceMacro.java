package io.throughline.confluence.macro;

import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.web.performance.TeamDeliveryMacro;

/** Confluence's {@code throughline-team-delivery}: a team's delivery figures, rendered by web for the viewer. */
public final class TeamDeliveryConfluenceMacro extends ThroughlineConfluenceMacro {

    public TeamDeliveryConfluenceMacro(TeamDeliveryMacro macro, ConfluenceMacroContexts contexts) {
        super(TeamDeliveryMacro.NAME, macro::render, contexts);
    }
}
