package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.context.ContextService;
import io.throughline.core.context.InitiativeContext;
import io.throughline.jira.web.json.ContextJson;
import io.throughline.jira.web.json.ContextMarkdown;
import io.throughline.web.view.ViewText;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /initiatives/{key}/context}: the initiative's canonical context, as JSON or, with
 * {@code Accept: text/markdown}, as Markdown ({@code /context/markdown} gives it as plain text, for
 * a browser); 404 for an initiative the caller may not see.
 */
@Path("initiatives/{key}/context")
public class ContextResource {

    /** The Markdown media type (RFC 7763). */
    public static final String MARKDOWN = "text/markdown";

    private final ContextService contexts;
    private final People people;
    private final RequestContext context;

    @Inject
    public ContextResource(ContextService contexts, People people, RequestContext context) {
        this.contexts = contexts;
        this.people = people;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ContextJson json(@PathParam("key") String key) {
        return ContextJson.of(read(key), people);
    }

    @GET
    @Produces(MARKDOWN + ";charset=utf-8")
    public String markdown(@PathParam("key") String key) {
        return ContextMarkdown.of(read(key), ViewText.forLocale(context.locale()), people);
    }

    /** The Markdown as plain text, for a link a browser shows rather than downloads (the panel's link). */
    @GET
    @Path("markdown")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String markdownPage(@PathParam("key") String key) {
        return markdown(key);
    }

    private InitiativeContext read(String key) {
        return contexts.context(Requests.caller(context), Requests.initiativeKey(key));
    }
}
