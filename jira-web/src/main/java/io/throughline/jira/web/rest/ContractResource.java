package io.throughline.jira.web.rest;

import io.throughline.core.contract.ContractService;
import io.throughline.jira.web.json.ContractJson;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /initiatives/{key}/contract}: the commitment on record and its changes, as the caller may see them. */
@Path("initiatives/{key}/contract")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final ContractService contracts;
    private final RequestContext context;

    @Inject
    public ContractResource(ContractService contracts, RequestContext context) {
        this.contracts = contracts;
        this.context = context;
    }

    /** 404 for an initiative the caller may not see, the app does not know, or that was never committed. */
    @GET
    public ContractJson contract(@PathParam("key") String key) {
        return ContractJson.of(contracts.contract(Requests.caller(context), Requests.initiativeKey(key)));
    }
}
