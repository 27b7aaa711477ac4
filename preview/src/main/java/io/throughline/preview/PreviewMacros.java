package io.throughline.preview;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.dependency.DependencyStatusMacro;
import io.throughline.confluence.web.initiative.InitiativeMacro;
import io.throughline.confluence.web.performance.TeamDeliveryMacro;
import java.util.Map;
import java.util.Optional;

/** The app's Confluence macros as the preview's wiki runs them: by name, as the page's viewer. */
final class PreviewMacros {

    private final DependencyStatusMacro dependencyStatus;
    private final InitiativeMacro initiative;
    private final TeamDeliveryMacro teamDelivery;

    PreviewMacros(CachedJira jira) {
        this.dependencyStatus = new DependencyStatusMacro(jira);
        this.initiative = new InitiativeMacro(jira);
        this.teamDelivery = new TeamDeliveryMacro(jira);
    }

    /** The macro's HTML, or empty for a name that is none of the app's. */
    Optional<String> render(String name, Map<String, String> parameters, MacroContext context) {
        return switch (name) {
            case DependencyStatusMacro.NAME -> Optional.of(dependencyStatus.render(parameters, context));
            case InitiativeMacro.NAME -> Optional.of(initiative.render(parameters, context));
            case TeamDeliveryMacro.NAME -> Optional.of(teamDelivery.render(parameters, context));
            default -> Optional.empty();
        };
    }
}
