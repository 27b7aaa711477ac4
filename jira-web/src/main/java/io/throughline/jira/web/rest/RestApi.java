package io.throughline.jira.web.rest;

import io.throughline.core.Throughline;
import io.throughline.core.common.People;
import java.util.List;
import java.util.Set;

/**
 * Every resource and provider of the REST API, for hosts that register instances (the preview).
 * The Jira plugin registers the same classes by scanning package {@code io.throughline.jira.web.rest}
 * and injects their {@code @Inject} constructors with its use-case beans and {@link RequestContext}.
 * A host also supplies the JSON provider (Jackson); its exception mappers never see a body error.
 */
public final class RestApi {

    private RestApi() {
    }

    public static Set<Object> singletons(Throughline app, RequestContext context) {
        return singletons(app, context, People.KEYS);
    }

    /** With the host's people, so cards name owners as the host shows them. */
    public static Set<Object> singletons(Throughline app, RequestContext context, People people) {
        Set<Object> all = new java.util.LinkedHashSet<>(List.of(
                new InitiativeResource(app.initiatives(), app.gates(), app.evidence(), app.portfolio(), app.rollUps(),
                        app.defaults(), people, context),
                new EvidenceResource(app.evidence(), people, context),
                new DecisionResource(app.evidence(), people, context),
                new EvidenceConfirmResource(app.evidence(), people, context),
                new InitiativeDependenciesResource(app.dependencies(), app.portfolio(), people, context),
                new DependencyResource(app.dependencies(), app.portfolio(), people, context),
                new PortfolioResource(app.portfolio(), context),
                new TeamRequestsResource(app.portfolio(), context),
                new TraceResource(app.trace(), context),
                new PortfolioDeliveryResource(app.rollUps(), context),
                new PortfolioInitiativesResource(app.stagePortfolio(), people, context),
                new ContractResource(app.contracts(), context),
                new ContextResource(app.context(), people, context),
                new EventsResource(app.performance(), context),
                new DeliveryPerformanceResource(app.performance(), context),
                new TeamPerformanceResource(app.performance(), context),
                new SignalsResource(app.signals(), context),
                new TeamSignalsResource(app.signals(), context),
                new ScorecardResource(app.scorecard(), people, context),
                new DigestResource(app.digest(), people, context),
                new AssumptionResource(app.assumptions(), context),
                new AssumptionResolveResource(app.assumptions(), context),
                new JsonWrites(),
                new PrivateResponses()));
        all.addAll(providers(context));
        return all;
    }

    /**
     * The error mappers and body limits alone, for a host's own pages and actions that should
     * refuse and fail exactly as the API does.
     */
    public static Set<Object> providers(RequestContext context) {
        return Set.of(
                new ThroughlineExceptionMapper(context),
                new WebApplicationExceptionMapper(context),
                new UnexpectedExceptionMapper(context),
                new BodyLimitFilter(),
                new BodyReadGuard());
    }

}
