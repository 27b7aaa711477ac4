package io.throughline.preview;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.dependency.DependencyStatusMacro;
import io.throughline.confluence.web.initiative.InitiativeMacro;
import io.throughline.confluence.web.performance.TeamDeliveryMacro;
import io.throughline.confluence.web.scorecard.ScorecardMacro;
import java.util.Map;
import java.util.Optional;

/** The app's Confluence macros as the preview's wiki runs them: by name, as the page's viewer. */
final class PreviewMacros {

    private final DependencyStatusMacro dependencyStatus;
    private final InitiativeMacro initiative;
    private final TeamDeliveryMacro teamDelivery;
    private final ScorecardMacro scorecard;

    PreviewMacros(CachedJira jira) {
        this.dependencyStatus = new DependencyStatusMacro(jira);
        this.initiative = new InitiativeMacro(jira);
        this.teamDelivery = new TeamDeliveryMacro(jira);
        this.scorecard = new ScorecardMacro(jira);
    }

    /** The macro's HTML, or empty for a name that is none of the app's. */
    Optional<String> render(String name, Map<String, String> parameters, MacroContext context) {
        return switch (name) {
            case DependencyStatusMacro.NAME -> Optional.of(dependencyStatus.render(parameters, context));
            case InitiativeMacro.NAME -> Optional.of(initiative.render(parameters, context));
            case TeamDeliveryMacro.NAME -> Optional.of(teamDelivery.render(parameters, context));
            case ScorecardMacro.NAME -> Optional.of(scorecard.render(parameters, context));
            default -> Optional.empty();
        };
    }
}
