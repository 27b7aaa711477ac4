package io.throughline.preview;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.jira.web.json.ErrorJson;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * What only the preview offers, standing in for Jira itself: choosing who to act as, creating
 * initiatives, and moving them through the workflow (through the same gates a Jira validator runs).
 * {@link CrossSiteWrites} has refused every post from another site before these methods run.
 */
@Path("/preview")
public final class PreviewActionsResource {

    /**
     * Body of a JSON transition: the stage to move to and, optionally, the stage the caller saw, so
     * that a move decided on a stale page is refused (409) instead of being made from wherever the
     * initiative has got to meanwhile.
     */
    public record TransitionRequest(String to, String from) {
    }

    /** Answer of a JSON transition that went through. */
    public record TransitionJson(String key, String stage) {
    }

    /** Body of a JSON initiative creation; the key's project must be one the caller may edit. */
    public record InitiativeRequest(String key, String summary, String team, String owner, String successMetric,
                                    String evidenceHorizon) {
    }

    private final PreviewHost host;
    private final IssuePage issues;

    PreviewActionsResource(PreviewHost host) {
        this.host = host;
        this.issues = new IssuePage(host);
    }

    /** The "act as" switch: remembers the chosen demo user in a cookie and goes back to the page. */
    @POST
    @Path("act-as")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response actAs(@FormParam("user") String user, @FormParam("return") String returnPath) {
        // Only a path on this server, in printable ASCII: no other host, no header-splitting characters.
        String target = returnPath != null && returnPath.startsWith("/") && !returnPath.startsWith("//")
                && returnPath.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '\\') ? returnPath : "/";
        // Relative, so the redirect never names whatever host the request claimed to be for.
        Response.ResponseBuilder back = Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, target);
        if (user != null && host.directory().person(user).isPresent()) {
            back.header(HttpHeaders.SET_COOKIE, PreviewIdentity.COOKIE + "=" + user + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return back.build();
    }

    @POST
    @Path("initiatives/{key}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transitionFromPage(@PathParam("key") String key, @FormParam("to") String to) {
        Optional<Stage> target = stage(to);
        if (target.isEmpty() || !InitiativeKey.isValid(key)) {
            // The issue's own page, with what was wrong above it (a missing key shows the not-found page).
            return issues.render(key, Optional.empty(), Optional.empty(), "<div class=\"aui-message aui-message-error\" "
                    + "id=\"form-refused\"><p>" + host.text().html("throughline.preview.form.bad-stage", to == null ? "" : to)
                    + "</p></div>", Response.Status.BAD_REQUEST);
        }
        InitiativeKey initiative = InitiativeKey.parse(key);
        PreviewWorkflow.Outcome outcome = host.workflow().transition(host.viewer(), initiative, target.get());
        String query = outcome.moved(target.get()) ? "?moved=" : "?blocked=";
        return Response.seeOther(URI.create("/browse/" + initiative.value() + query + target.get().name())).build();
    }

    @POST
    @Path("initiatives/{key}/transition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("key") String key, TransitionRequest request) {
        UserRef actor = host.identity().currentUser().orElse(null);
        if (actor == null) {
            return error(Response.Status.UNAUTHORIZED, null, Message.of("throughline.web.error.unauthenticated"));
        }
        Optional<Stage> target = stage(request == null ? null : request.to());
        if (target.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "to",
                    Message.of("throughline.preview.error.bad-stage", request == null ? "" : String.valueOf(request.to())));
        }
        Optional<Stage> seen = stage(request.from());
        if (request.from() != null && seen.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "from",
                    Message.of("throughline.preview.error.bad-stage", String.valueOf(request.from())));
        }
        try {
            PreviewWorkflow.Outcome outcome = host.workflow().transition(actor, InitiativeKey.parse(key), seen,
                    target.get());
            if (!outcome.violations().isEmpty()) {
                PreviewText text = host.text();
                return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(
                        outcome.violations().stream().map((Violation v) -> new ErrorJson.Entry(
                                v.field().map(f -> f.id()).orElse(null), text.text(v.message()))).toList())).build();
            }
            return Response.ok(new TransitionJson(key, outcome.stage().name())).build();
        } catch (IllegalArgumentException e) {
            return error(Response.Status.NOT_FOUND, null, Message.of("throughline.error.initiative-not-found", key));
        } catch (ThroughlineException.Conflict e) {
            return error(Response.Status.CONFLICT, "to", e.problem());
        }
    }

    @POST
    @Path("initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(InitiativeRequest request) {
        UserRef actor = host.identity().currentUser().orElse(null);
        if (actor == null) {
            return error(Response.Status.UNAUTHORIZED, null, Message.of("throughline.web.error.unauthenticated"));
        }
        if (request == null || request.key() == null || !InitiativeKey.isValid(request.key())) {
            return error(Response.Status.BAD_REQUEST, "key", Message.of("throughline.dependency.issue.malformed",
                    request == null ? "" : String.valueOf(request.key())));
        }
        Initiative initiative;
        try {
            initiative = new Initiative(InitiativeKey.parse(request.key()), request.summary(), new Team(request.team()),
                    Stage.BET, Optional.ofNullable(request.owner()).filter(o -> !o.isBlank()).map(UserRef::of),
                    Optional.ofNullable(request.successMetric()),
                    Optional.ofNullable(request.evidenceHorizon()).filter(h -> !h.isBlank())
                            .map(h -> new EvidenceHorizon(LocalDate.parse(h.strip()))));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return error(Response.Status.BAD_REQUEST, null, Message.of("throughline.web.error.bad-request"));
        }
        try {
            // Permission first (403 alike for a taken and a free key), then the store decides a taken key (409).
            host.app().initiatives().create(actor, initiative);
        } catch (ThroughlineException.Conflict e) {
            return error(Response.Status.CONFLICT, "key", e.problem());
        }
        host.issueChanged(initiative.key());
        return Response.created(URI.create("/browse/" + initiative.key().value()))
                .entity(new TransitionJson(initiative.key().value(), initiative.stage().name())).build();
    }

    private Response error(Response.Status status, String field, Message message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ErrorJson.of(field, host.text().text(message))).build();
    }

    private static Optional<Stage> stage(String name) {
        try {
            return Optional.ofNullable(name).map(n -> Stage.valueOf(n.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
