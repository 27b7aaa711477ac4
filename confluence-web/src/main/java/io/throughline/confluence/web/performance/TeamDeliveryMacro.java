package io.throughline.confluence.web.performance;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.Fetched;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroRun;
import io.throughline.confluence.web.jira.RestPaths;
import io.throughline.confluence.web.signal.SignalLines;
import io.throughline.confluence.web.signal.SignalsData;
import io.throughline.web.view.ViewText;
import java.util.Map;
import java.util.Optional;

/**
 * {@code throughline-team-delivery}: a team's delivery figures from Jira (deployments, fail rate,
 * recovery, rework, with their counts), as the page's viewer may see the team.
 */
public final class TeamDeliveryMacro {

    public static final String NAME = "throughline-team-delivery";

    private final CachedJira jira;

    public TeamDeliveryMacro(CachedJira jira) {
        this.jira = jira;
    }

    public String render(Map<String, String> parameters, MacroContext context) {
        return MacroRun.render(NAME, TeamDeliveryParameters.parse(parameters), context, (params, viewer, panels) -> {
            Fetched<PerformanceData> fetched = jira.fetch(viewer, RestPaths.teamPerformance(params.team(), params.days()),
                    PerformanceData::read, PerformanceData.class);
            // The team's signals are a second read: a Jira app older than them leaves the macro without them.
            Optional<SignalsData> raised = Fetched.usable(jira.fetch(viewer, RestPaths.teamSignals(params.team()),
                    SignalsData::read, SignalsData.class));
            ViewText text = ViewText.forLocale(context.locale());
            return panels.page(fetched, "throughline-team-delivery", (out, figures) -> {
                out.element("h3", text.text("throughline.web.macro.team-delivery.title", params.team()));
                PerformanceLines.write(out, text, figures, "throughline.web.performance.none-team");
                raised.ifPresent(found -> {
                    out.open("div", "class", "throughline-team-signals")
                            .element("p", text.text("throughline.web.signal.heading"), "class", "throughline-heading");
                    SignalLines.write(out, text, found);
                    out.close("div");
                });
            });
        });
    }
}
