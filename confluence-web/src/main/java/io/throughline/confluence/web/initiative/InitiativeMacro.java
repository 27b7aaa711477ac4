package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.Fetched;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.MacroContext;
import io.throughline.confluence.web.MacroRun;
import io.throughline.confluence.web.jira.RestPaths;
import io.throughline.confluence.web.performance.PerformanceData;
import io.throughline.confluence.web.signal.SignalsData;
import io.throughline.web.view.ViewText;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * {@code throughline-initiative}: one initiative's status card from Jira: the initiative, then its
 * delivery trace and its delivery figures, each of the last two optional.
 */
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
            Optional<DeliveryData> delivery = Fetched.usable(trace);
            // So are the delivery figures: a Jira that keeps no delivery events leaves the card without them.
            Fetched<PerformanceData> figures = jira.fetch(viewer, RestPaths.performance(params.key().value()),
                    PerformanceData::read, PerformanceData.class);
            Optional<PerformanceData> performance = Fetched.usable(figures);
            // And the signals: a Jira app older than them leaves the card without its Signals line.
            Optional<SignalsData> signals = Fetched.usable(jira.fetch(viewer, RestPaths.signals(params.key().value()),
                    SignalsData::read, SignalsData.class));
            InitiativeCardRenderer renderer = new InitiativeCardRenderer(ViewText.forLocale(context.locale()),
                    new JiraLinks(jira.browserBaseUrl()), today, delivery, performance, signals);
            return panels.page(fetched, "throughline-initiative", renderer::render);
        });
    }

}
