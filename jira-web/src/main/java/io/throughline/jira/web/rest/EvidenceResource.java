package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.jira.web.json.EvidenceJson;
import io.throughline.jira.web.json.EvidenceRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** {@code /initiatives/{key}/evidence}: read the ledger, append an entry. */
@Path("initiatives/{key}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceService evidence;
    private final People people;
    private final RequestContext context;

    @Inject
    public EvidenceResource(EvidenceService evidence, People people, RequestContext context) {
        this.evidence = evidence;
        this.people = people;
        this.context = context;
    }

    @GET
    public List<EvidenceJson> list(@PathParam("key") String key) {
        UserRef caller = Requests.caller(context);
        Ledger ledger = evidence.ledger(caller, Requests.initiativeKey(key));
        Set<EvidenceId> current = ledger.current().stream().map(EvidenceEntry::id).collect(Collectors.toSet());
        return ledger.all().stream().map(entry -> EvidenceJson.of(entry, !current.contains(entry.id()), people)).toList();
    }

    /** Validates every field first; on any problem the answer is 400 and nothing is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("key") String key, EvidenceRequest body, @Context UriInfo uri) {
        UserRef caller = Requests.caller(context);
        InitiativeKey initiative = Requests.initiativeKey(key);
        EvidenceRequest request = body == null ? new EvidenceRequest(null, null, null, null, null, null, null, null, null, null, null, null) : body;
        EvidenceEntry entry = evidence.record(caller, initiative, request.toForm());
        return Response.created(uri.getAbsolutePath()).entity(EvidenceJson.of(entry, false, people)).build();
    }
}
