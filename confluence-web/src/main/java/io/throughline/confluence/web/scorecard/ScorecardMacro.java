package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.Fetched;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroRun;
import io.throughline.confluence.web.jira.RestPaths;
import io.throughline.web.view.ViewText;
import java.util.Map;

/**
 * {@code throughline-scorecard}: the operating scorecard from Jira, a compact version of the Jira
 * page: a row per initiative the viewer may see (narrowed to one team or stage), the chosen column
 * groups with each figure's trend, and the teams' rows with their weekly series, from one request.
 */
public final class ScorecardMacro {

    public static final String NAME = "throughline-scorecard";

    private final CachedJira jira;

    public ScorecardMacro(CachedJira jira) {
        this.jira = jira;
    }

    /** The macro's HTML for the page's parameters, as the context's viewer sees it. */
    public String render(Map<String, String> parameters, MacroContext context) {
        return MacroRun.render(NAME, ScorecardParameters.parse(parameters), context, (params, viewer, panels) -> {
            // The columns only change what is shown: one cached answer serves every choice of them.
            Fetched<ScorecardData> fetched = jira.fetch(viewer, RestPaths.scorecard(params.team(), params.stage(),
                    ScorecardRenderer.MAX_ROWS),
                    ScorecardData::read, ScorecardData.class);
            ScorecardRenderer renderer = new ScorecardRenderer(ViewText.forLocale(context.locale()),
                    new JiraLinks(jira.browserBaseUrl()), context.zone());
            return panels.page(fetched, "throughline-scorecard-macro", (out, card) -> renderer.render(out, card, params));
        });
    }
}
