package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.Fetched;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroRun;
import io.throughline.confluence.web.jira.RestPaths;
import io.throughline.core.graph.Health;
import io.throughline.web.view.ViewText;
import java.util.Map;

/** {@code throughline-dependency-status}: cross-team dependency health from one request to Jira. */
public final class DependencyStatusMacro {

    public static final String NAME = "throughline-dependency-status";

    private final CachedJira jira;

    public DependencyStatusMacro(CachedJira jira) {
        this.jira = jira;
    }

    /** The macro's HTML for the page's parameters, as the context's viewer sees it. */
    public String render(Map<String, String> parameters, MacroContext context) {
        return MacroRun.render(NAME, DependencyStatusParameters.parse(parameters), context, (params, viewer, panels) -> {
            // Ask for what the page shows: the healths it lists, no more rows than it shows.
            java.util.Set<Health> listed = params.includeDone()
                    ? java.util.EnumSet.of(Health.AT_RISK, Health.BLOCKED, Health.DONE)
                    : java.util.EnumSet.of(Health.AT_RISK, Health.BLOCKED);
            Fetched<PortfolioData> fetched = jira.fetch(viewer, RestPaths.portfolio(params.teams(), listed,
                    params.maxRows()), PortfolioData::read, PortfolioData.class);
            DependencyStatusRenderer renderer = new DependencyStatusRenderer(ViewText.forLocale(context.locale()),
                    new JiraLinks(jira.browserBaseUrl()), context.zone());
            return panels.page(fetched, "throughline-dependency-status", (out, data) -> renderer.render(out, data, params));
        });
    }
}
