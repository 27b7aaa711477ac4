package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.core.trace.RollUpService;
import io.throughline.jira.web.json.InitiativeJson;
import io.throughline.jira.web.json.RollUpJson;
import io.throughline.web.view.ViewText;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /initiatives/{key}}: the initiative, its parsed metric, both gates' verdicts now, and
 * summaries of its evidence, dependencies and delivery (what a Confluence status card needs in one
 * request); {@code delivery} is null until the initiative's roll-up was first computed.
 */
@Path("initiatives/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    private final InitiativeService initiatives;
    private final GateService gates;
    private final EvidenceService evidence;
    private final PortfolioService portfolio;
    private final RollUpService rollUps;
    private final PolicyParameters defaults;
    private final People people;
    private final RequestContext context;

    /**
     * The status card composes five use cases: the initiative, its gates, its ledger, its dependencies
     * and its stored delivery roll-up.
     */
    @Inject
    public InitiativeResource(InitiativeService initiatives, GateService gates, EvidenceService evidence,
            PortfolioService portfolio, RollUpService rollUps, PolicyParameters defaults, People people,
            RequestContext context) {
        this.initiatives = initiatives;
        this.gates = gates;
        this.evidence = evidence;
        this.portfolio = portfolio;
        this.rollUps = rollUps;
        this.defaults = defaults;
        this.people = people;
        this.context = context;
    }

    @GET
    public InitiativeJson get(@PathParam("key") String key) {
        UserRef caller = Requests.caller(context);
        InitiativeKey initiativeKey = Requests.initiativeKey(key);
        Initiative initiative = initiatives.get(caller, initiativeKey);
        return InitiativeJson.of(initiative,
                gates.judge(caller, initiative, Gate.COMMIT, defaults),
                gates.judge(caller, initiative, Gate.OUTCOME, defaults),
                gates.judge(caller, initiative, Gate.INVALIDATION, defaults),
                GateService.ahead(initiative.stage(), defaults).stream().map(Gate::name).toList(),
                evidence.ledger(caller, initiativeKey),
                portfolio.forInitiative(caller, initiativeKey),
                rollUps.forInitiative(caller, initiativeKey).map(RollUpJson::of).orElse(null), people,
                ViewText.forLocale(context.locale())::text);
    }
}
