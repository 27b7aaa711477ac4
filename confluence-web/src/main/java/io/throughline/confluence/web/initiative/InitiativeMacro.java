package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.Fetched;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroRun;
import io.throughline.confluence.web.jira.RestPaths;
import io.throughline.web.view.ViewText;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** {@code throughline-initiative}: one initiative's status card from one request to Jira. */
public final class InitiativeMacro {

    public static final String NAME = "throughline-initiative";

    private final CachedJira jira;

    public InitiativeMacro(CachedJira jira) {
        this.jira = jira;
    }

    /** The card's HTML for the page's parameters, as the context's viewer sees it. */
    public String render(Map<String, String> parameters, MacroContext context) {
        return MacroRun.render(NAME, InitiativeParameters.parse(parameters), context, (params, viewer, panels) -> {
            Fetched<InitiativeData> fetched = jira.fetch(viewer, RestPaths.initiative(params.key().value()),
                    InitiativeData::read, InitiativeData.class);
            LocalDate today = LocalDate.ofInstant(jira.cache().now(), context.zone());
            // The delivery trace is a second read; a Jira that cannot answer it (an older app) leaves the card without it.
            Fetched<DeliveryData> trace = jira.fetch(viewer, RestPaths.trace(params.key().value()),
                    DeliveryData::read, DeliveryData.class);
            Optional<DeliveryData> delivery = trace instanceof Fetched.Fresh<DeliveryData> fresh ? Optional.of(fresh.data())
                    : trace instanceof Fetched.Stale<DeliveryData> stale ? Optional.of(stale.data()) : Optional.empty();
            InitiativeCardRenderer renderer = new InitiativeCardRenderer(ViewText.forLocale(context.locale()),
                    new JiraLinks(jira.browserBaseUrl()), today, delivery);
            return panels.page(fetched, "throughline-initiative", renderer::render);
        });
    }
}
