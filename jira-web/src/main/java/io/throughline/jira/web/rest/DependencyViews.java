package io.throughline.jira.web.rest;

import io.throughline.core.common.Message;
import io.throughline.core.common.People;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.Ages;
import io.throughline.jira.web.json.DependencyJson;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Dependencies as the caller may see them, judged with the whole portfolio and redacted by the core. */
final class DependencyViews {

    private final PortfolioService portfolio;
    private final People people;
    private final RequestContext context;

    DependencyViews(PortfolioService portfolio, People people, RequestContext context) {
        this.portfolio = portfolio;
        this.people = people;
        this.context = context;
    }

    /** The initiative's dependencies: those judged, then the withdrawn ones (on record, without health). */
    List<DependencyJson> of(UserRef caller, InitiativeKey consumer) {
        Ages ages = ages();
        Function<Message, String> text = ViewText.forLocale(context.locale())::text;
        PortfolioService.InitiativeDependencies found = portfolio.forInitiative(caller, consumer);
        List<DependencyJson> all = new ArrayList<>();
        found.dependencies().forEach(status -> all.add(DependencyJson.of(status, ages, text, people)));
        found.withdrawn().forEach(withdrawn ->
                all.add(DependencyJson.withdrawn(withdrawn, found.initiative().team(), ages, people)));
        return all;
    }

    /**
     * The dependency as it stands after a change, with its health (never the unredacted record): as
     * the consumer's viewers see it, or, for a member of the providing team who may not see the
     * consumer, as the team's requests show it.
     */
    DependencyJson current(UserRef caller, Dependency changed) {
        try {
            return of(caller, changed.consumer()).stream()
                    .filter(view -> view.id() == changed.id().value())
                    .findFirst()
                    .orElseThrow(() -> notFound(changed));
        } catch (ThroughlineException.NotFound unseen) {
            return portfolio.asProvider(caller, changed)
                    .map(request -> DependencyJson.of(request.status(), ages(),
                            ViewText.forLocale(context.locale())::text, people))
                    .orElseThrow(() -> notFound(changed));
        }
    }

    private Ages ages() {
        return new Ages(context.clock().today(), context.clock().zone());
    }

    private static ThroughlineException.NotFound notFound(Dependency dependency) {
        return new ThroughlineException.NotFound(
                Message.of("throughline.error.dependency-not-found", dependency.id().toString()));
    }
}
