package io.throughline.jira.web.rest;

import io.throughline.core.common.Message;
import io.throughline.core.common.People;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.EvidenceJson;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code POST /evidence/{id}/confirm} with {@code {}}: a person confirms an assistant's proposed entry,
 * and gates count it from then on. 404 for an entry the caller may not see; 409 for one that is no
 * proposal, was confirmed or corrected already (of two confirming at once, one gets 200).
 */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceConfirmResource {

    private final EvidenceService evidence;
    private final People people;
    private final RequestContext context;

    @Inject
    public EvidenceConfirmResource(EvidenceService evidence, People people, RequestContext context) {
        this.evidence = evidence;
        this.people = people;
        this.context = context;
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceJson confirm(@PathParam("id") String id, EmptyRequest body) {
        Requests.body(body);
        return EvidenceJson.of(evidence.confirm(Requests.caller(context), evidenceId(id)), false, people);
    }

    private static EvidenceId evidenceId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0 && id <= Integer.MAX_VALUE) {
                return new EvidenceId(id);
            }
        } catch (NumberFormatException e) {
            // refused below like an unknown id
        }
        throw new ThroughlineException.NotFound(Message.of("throughline.evidence.not-found", text.strip()));
    }
}
