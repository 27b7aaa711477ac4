package io.throughline.preview;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Stand-in for Jira's {@code POST /rest/api/2/issue}, for Initiatives only: the fields as Jira takes
 * them (project by key, issue type by name, the owner as {@code {"name": user}}, the horizon as
 * yyyy-mm-dd), field problems by field id as Jira answers them, and the new issue saved through the
 * app as Jira's issue-created event would. A project's team is the team of its initiatives.
 */
@Path("/rest/api/2/issue")
@Produces(MediaType.APPLICATION_JSON)
public final class HostIssueResource {

    /** Jira's answer to a created issue. */
    public record Created(String id, String key, String self) {
    }

    private final PreviewHost host;
    /** The preview has no issue ids; these stand in for them and mean nothing past a restart. */
    private final AtomicLong ids = new AtomicLong(10_000);

    HostIssueResource(PreviewHost host) {
        this.host = host;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response create(JsonNode body, @Context UriInfo uri) {
        PreviewText text = host.text();
        Optional<UserRef> actor = host.identity().currentUser();
        if (actor.isEmpty()) {
            return HostErrors.message(text.text("throughline.preview.host.unauthenticated"))
                    .response(Response.Status.UNAUTHORIZED);
        }
        JsonNode fields = body == null ? null : body.get("fields");
        if (fields == null || !fields.isObject()) {
            return HostErrors.message(text.text("throughline.preview.host.no-fields")).response(Response.Status.BAD_REQUEST);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String project = fields.path("project").path("key").asText("").strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Initiative> sibling = host.initiatives().findAll().stream()
                .filter(i -> i.key().projectKey().equals(project)).findFirst();
        InitiativeKey key = sibling.map(s -> nextKey(project)).orElse(null);
        if (key == null || !host.directory().canView(actor.get(), key)) {
            errors.put("project", text.text("throughline.preview.host.project"));
        } else if (!host.directory().canEdit(actor.get(), key)) {
            errors.put("project", text.text("throughline.preview.host.project-no-create"));
        }
        if (!"initiative".equalsIgnoreCase(fields.path("issuetype").path("name").asText(""))) {
            errors.put("issuetype", text.text("throughline.preview.host.issuetype"));
        }
        String summary = fields.path("summary").asText("").strip();
        if (summary.isEmpty()) {
            errors.put("summary", text.text("throughline.preview.host.summary"));
        }
        Optional<UserRef> owner = owner(fields.path(PreviewFields.OWNER), errors, text);
        Optional<EvidenceHorizon> horizon = horizon(fields.path(PreviewFields.EVIDENCE_HORIZON), errors, text);
        if (!errors.isEmpty()) {
            return new HostErrors(java.util.List.of(), errors).response(Response.Status.BAD_REQUEST);
        }
        Optional<String> metric = Optional.of(fields.path(PreviewFields.SUCCESS_METRIC))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
        Initiative initiative = new Initiative(key, summary.length() > Initiative.MAX_SUMMARY
                ? summary.substring(0, Initiative.MAX_SUMMARY) : summary, sibling.get().team(), Stage.BET,
                owner, metric, horizon);
        host.app().initiatives().save(actor.get(), initiative);
        String id = String.valueOf(ids.incrementAndGet());
        URI self = uri.getBaseUriBuilder().path("rest/api/2/issue").path(id).build();
        return Response.status(Response.Status.CREATED).entity(new Created(id, key.value(), self.toString())).build();
    }

    private InitiativeKey nextKey(String project) {
        long last = host.initiatives().findAll().stream().filter(i -> i.key().projectKey().equals(project))
                .mapToLong(i -> Long.parseLong(i.key().value().substring(project.length() + 1))).max().orElse(0);
        return InitiativeKey.parse(project + "-" + (last + 1));
    }

    private Optional<UserRef> owner(JsonNode value, Map<String, String> errors, PreviewText text) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        String name = value.path("name").asText("");
        Optional<UserRef> owner = host.directory().person(name).map(person -> UserRef.of(person.key()));
        if (owner.isEmpty()) {
            errors.put(PreviewFields.OWNER, text.text("throughline.preview.host.user", name));
        }
        return owner;
    }

    private static Optional<EvidenceHorizon> horizon(JsonNode value, Map<String, String> errors, PreviewText text) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EvidenceHorizon(LocalDate.parse(value.asText().strip())));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.put(PreviewFields.EVIDENCE_HORIZON, text.text("throughline.preview.host.date", value.asText()));
            return Optional.empty();
        }
    }
}
