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

    List<DependencyJson> of(UserRef caller, InitiativeKey consumer) {
        Ages ages = new Ages(context.clock().today(), context.clock().zone());
        Function<Message, String> text = ViewText.forLocale(context.locale())::text;
        return portfolio.forInitiative(caller, consumer).dependencies().stream()
                .map(status -> DependencyJson.of(status, ages, text, people))
                .toList();
    }

    /** The dependency as it stands after a change, with its health (never the unredacted record). */
    DependencyJson current(UserRef caller, Dependency changed) {
        return of(caller, changed.consumer()).stream()
                .filter(view -> view.id() == changed.id().value())
                .findFirst()
                .orElseThrow(() -> new ThroughlineException.NotFound(
                        Message.of("throughline.error.dependency-not-found", changed.id().toString())));
    }
}
