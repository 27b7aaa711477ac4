package io.throughline.preview;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.jira.web.json.NumberAccepted;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The preview's stand-in for creating and moving Jira issues that deliver initiatives: what a team
 * does in Jira (create an epic or story, link it, move it across its board), so the delivery trace
 * has real work to follow. The same write rules as Jira: the caller must be able to edit the project.
 */
@Path("/preview/issues")
public final class PreviewIssuesResource {

    /** Body of an issue creation. */
    public record IssueRequest(String key, String summary, String type, String team, String parent, String delivers,
                               @NumberAccepted String points) {
    }

    /** Body of a move. */
    public record StatusRequest(String status) {
    }

    /** An issue as created or moved. */
    public record IssueJson(String key, String type, String status, String parent, String delivers) {

        static IssueJson of(PreviewIssues.Issue issue) {
            return new IssueJson(issue.key().value(), issue.type(), issue.status(),
                    issue.parent().map(InitiativeKey::value).orElse(null), issue.delivers().map(InitiativeKey::value).orElse(null));
        }
    }

    private static final int MAX_SUMMARY = 255;

    /** No known user named in the request. */
    private static final class NoCaller extends RuntimeException {
        NoCaller() {
            super(null, null, false, false);
        }
    }

    private final PreviewHost host;

    PreviewIssuesResource(PreviewHost host) {
        this.host = host;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(IssueRequest request) {
        return answered(() -> created(request));
    }

    private Response created(IssueRequest request) {
        UserRef actor = caller();
        IssueRequest body = request == null ? new IssueRequest(null, null, null, null, null, null, null) : request;
        if (!InitiativeKey.isValid(body.key())) {
            throw invalid("key", Message.of("throughline.dependency.issue.malformed", String.valueOf(body.key())));
        }
        InitiativeKey key = InitiativeKey.parse(body.key());
        if (!host.directory().canEdit(actor, key)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.preview.issue.cannot-create", key.projectKey()));
        }
        FieldErrors errors = new FieldErrors();
        String summary = errors.requireLine("summary", body.summary(), MAX_SUMMARY);
        String type = PreviewIssues.TYPES.stream().filter(t -> t.equalsIgnoreCase(String.valueOf(body.type()).strip()))
                .findFirst().orElse(null);
        if (type == null) {
            errors.add("type", "throughline.preview.issue.type-unknown", String.valueOf(body.type()), String.join(", ", PreviewIssues.TYPES));
        }
        Optional<Team> team = host.directory().teams().stream()
                .filter(t -> t.name().equalsIgnoreCase(String.valueOf(body.team()).strip())).findFirst();
        if (team.isEmpty()) {
            errors.add("team", "throughline.dependency.team.unknown", String.valueOf(body.team()));
        }
        Optional<InitiativeKey> parent = parent(body.parent(), type, actor, errors);
        Optional<InitiativeKey> delivers = delivers(body.delivers(), actor, errors);
        Optional<BigDecimal> points = points(body.points(), errors);
        errors.throwIfAny();
        PreviewIssues.Issue issue = new PreviewIssues.Issue(key, summary, type, team.get(), "To Do", parent, delivers,
                points, Optional.empty(), Optional.empty(), host.clock().now());
        host.issues().create(issue);
        host.issueChanged(key);
        return Response.created(URI.create("/browse/" + key.value())).type(MediaType.APPLICATION_JSON)
                .entity(IssueJson.of(issue)).build();
    }

    @POST
    @Path("{key}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("key") String key, StatusRequest request) {
        return answered(() -> Response.ok(IssueJson.of(moved(key, request == null ? null : request.status()))).build());
    }

    /** The issue page's buttons: back to the page, which shows the new status. */
    @POST
    @Path("{key}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveFromPage(@PathParam("key") String key, @FormParam("status") String status) {
        PreviewIssues.Issue issue = moved(key, status);
        return Response.seeOther(URI.create("/browse/" + issue.key().value())).build();
    }

    private PreviewIssues.Issue moved(String key, String typed) {
        UserRef actor = caller();
        if (!InitiativeKey.isValid(key) || !host.directory().canView(actor, InitiativeKey.parse(key))
                || host.issues().find(InitiativeKey.parse(key)).isEmpty()) {
            throw new ThroughlineException.NotFound(Message.of("throughline.preview.issue.not-found", key));
        }
        InitiativeKey issue = InitiativeKey.parse(key);
        if (!host.directory().canEdit(actor, issue)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.preview.issue.cannot-move", issue.value()));
        }
        String status = PreviewIssues.status(typed).orElseThrow(() -> invalid("status",
                Message.of("throughline.preview.issue.status-unknown", String.valueOf(typed), String.join(", ", PreviewIssues.STATUS_ORDER))));
        PreviewIssues.Issue moved = host.issues().move(issue, status, host.clock().now()).orElseThrow();
        host.issueChanged(issue);
        return moved;
    }

    private Optional<InitiativeKey> parent(String typed, String type, UserRef actor, FieldErrors errors) {
        boolean subTask = PreviewIssues.SUB_TASK.equals(type);
        if (typed == null || typed.isBlank()) {
            if (subTask) {
                errors.add("parent", "throughline.preview.issue.parent-required");
            }
            return Optional.empty();
        }
        Optional<PreviewIssues.Issue> parent = InitiativeKey.isValid(typed)
                ? host.issues().find(InitiativeKey.parse(typed)).filter(p -> host.directory().canView(actor, p.key()))
                : Optional.empty();
        if (parent.isEmpty()) {
            errors.add("parent", "throughline.preview.issue.parent-unknown", typed.strip());
        } else if (subTask ? PreviewIssues.SUB_TASK.equals(parent.get().type()) : !PreviewIssues.EPIC.equals(parent.get().type())) {
            errors.add("parent", subTask ? "throughline.preview.issue.parent-sub-task" : "throughline.preview.issue.parent-not-epic",
                    parent.get().key().value());
        }
        return parent.map(PreviewIssues.Issue::key);
    }

    private Optional<InitiativeKey> delivers(String typed, UserRef actor, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<InitiativeKey> initiative = InitiativeKey.isValid(typed) ? Optional.of(InitiativeKey.parse(typed))
                .filter(k -> host.directory().canView(actor, k) && host.initiatives().find(k).isPresent()) : Optional.empty();
        if (initiative.isEmpty()) {
            errors.add("delivers", "throughline.error.initiative-not-found", typed.strip());
        }
        return initiative;
    }

    private static Optional<BigDecimal> points(String typed, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal points = new BigDecimal(typed.strip());
            if (points.signum() >= 0 && points.compareTo(BigDecimal.valueOf(1000)) <= 0 && points.scale() <= 2) {
                return Optional.of(points.stripTrailingZeros());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("points", "throughline.preview.issue.points", typed.strip());
        return Optional.empty();
    }

    private UserRef caller() {
        return host.identity().currentUser().orElseThrow(NoCaller::new);
    }

    private static ThroughlineException.InvalidInput invalid(String field, Message message) {
        return new ThroughlineException.InvalidInput(List.of(new FieldError(field, message)));
    }

    /** Refusals in the preview's words (the app's mapper knows only the app's). */
    private Response answered(Supplier<Response> work) {
        PreviewText text = host.text();
        try {
            return work.get();
        } catch (ThroughlineException.InvalidInput e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(
                    e.errors().stream().map(error -> new ErrorJson.Entry(error.field(), text.text(error.message()))).toList()))
                    .build();
        } catch (NoCaller e) {
            return refusal(Response.Status.UNAUTHORIZED, text.text(Message.of("throughline.web.error.unauthenticated")));
        } catch (ThroughlineException.Forbidden e) {
            return refusal(Response.Status.FORBIDDEN, text.text(e.problem()));
        } catch (ThroughlineException.NotFound e) {
            return refusal(Response.Status.NOT_FOUND, text.text(e.problem()));
        } catch (ThroughlineException.Conflict e) {
            return refusal(Response.Status.CONFLICT, text.text(e.problem()));
        }
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorJson.of(null, message)).build();
    }
}
