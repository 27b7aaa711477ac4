package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.jira.web.json.EvidenceJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /initiatives/{key}/decisions}: the initiative's decisions as they stand (corrected ones left out), newest first. */
@Path("initiatives/{key}/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final EvidenceService evidence;
    private final People people;
    private final RequestContext context;

    @Inject
    public DecisionResource(EvidenceService evidence, People people, RequestContext context) {
        this.evidence = evidence;
        this.people = people;
        this.context = context;
    }

    @GET
    public List<EvidenceJson> decisions(@PathParam("key") String key) {
        List<EvidenceEntry> decisions = new ArrayList<>(evidence.ledger(Requests.caller(context), Requests.initiativeKey(key))
                .current().stream().filter(entry -> entry.kind() == EvidenceKind.DECISION).toList());
        Collections.reverse(decisions);
        return decisions.stream().map(entry -> EvidenceJson.of(entry, false, people)).toList();
    }
}
