package io.throughline.preview;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Stand-in for Jira's {@code GET|POST /rest/api/2/issue/{key}/transitions} over the preview's
 * workflow: the transitions out of the issue's status, and a transition that runs the gate as a Jira
 * validator does, refused with 400 and the gate's words (next to the field id where one is concerned).
 */
@Path("/rest/api/2/issue/{key}/transitions")
@Produces(MediaType.APPLICATION_JSON)
public final class HostTransitionsResource {

    /** Jira's {@code {"transitions":[...]}}. */
    public record Transitions(String expand, List<Transition> transitions) {
    }

    /** One transition and the status it leads to. */
    public record Transition(String id, String name, Status to, boolean hasScreen, boolean isGlobal,
                             boolean isInitial, boolean isConditional) {
    }

    /** A status as Jira describes it. */
    public record Status(String id, String name, String description, Map<String, String> statusCategory) {
    }

    private final PreviewHost host;

    HostTransitionsResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public Response transitions(@PathParam("key") String key) {
        return withIssue(key, (actor, initiative) -> {
            List<Transition> out = new ArrayList<>();
            if (host.directory().canEdit(actor, initiative.key())) {
                PreviewWorkflow.next(initiative.stage()).forEach(stage -> out.add(transition(stage)));
            }
            return Response.ok(new Transitions("transitions", out)).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("key") String key, JsonNode body) {
        return withIssue(key, (actor, initiative) -> {
            PreviewText text = host.text();
            String id = body == null ? "" : body.path("transition").path("id").asText("");
            Optional<Stage> target = List.of(Stage.values()).stream().filter(s -> id(s).equals(id)).findFirst();
            if (target.isEmpty() || !PreviewWorkflow.next(initiative.stage()).contains(target.get())) {
                return HostErrors.message(text.text("throughline.preview.host.transition-invalid",
                        target.map(HostTransitionsResource::name).orElse(id), initiative.key().value()))
                        .response(Response.Status.BAD_REQUEST);
            }
            PreviewWorkflow.Outcome outcome;
            try {
                outcome = host.workflow().transition(actor, initiative.key(), target.get());
            } catch (ThroughlineException.Forbidden e) {
                return HostErrors.message(text.text("throughline.preview.host.transition-forbidden"))
                        .response(Response.Status.BAD_REQUEST);
            }
            if (!outcome.violations().isEmpty()) {
                return refusal(outcome.violations(), text).response(Response.Status.BAD_REQUEST);
            }
            return Response.noContent().build();
        });
    }

    private Response withIssue(String key, java.util.function.BiFunction<UserRef, Initiative, Response> then) {
        PreviewText text = host.text();
        Optional<UserRef> actor = host.identity().currentUser();
        if (actor.isEmpty()) {
            return HostErrors.message(text.text("throughline.preview.host.unauthenticated"))
                    .response(Response.Status.UNAUTHORIZED);
        }
        Optional<Initiative> initiative = InitiativeKey.isValid(key)
                ? host.initiatives().find(InitiativeKey.parse(key)).filter(i -> host.directory().canView(actor.get(), i.key()))
                : Optional.empty();
        if (initiative.isEmpty()) {
            return HostErrors.message(text.text("throughline.preview.host.issue-missing"))
                    .response(Response.Status.NOT_FOUND);
        }
        return then.apply(actor.get(), initiative.get());
    }

    /** As the Jira validator refuses: a field's problems under its field id, the rest in the list. */
    private static HostErrors refusal(List<Violation> violations, PreviewText text) {
        List<String> messages = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Violation violation : violations) {
            String message = text.text(violation.message());
            violation.field().flatMap(PreviewFields::idOf).ifPresentOrElse(
                    field -> fields.merge(field, message, (a, b) -> a + " " + b), () -> messages.add(message));
        }
        return new HostErrors(messages, fields);
    }

    private static Transition transition(Stage to) {
        String category = to == Stage.BET ? "new" : to.isClosed() || to == Stage.SHIPPED ? "done" : "indeterminate";
        Status status = new Status(String.valueOf(10_000 + to.ordinal()), statusName(to), "",
                Map.of("key", category));
        return new Transition(id(to), name(to), status, false, false, false, false);
    }

    /** The preview workflow's transition ids, one per target stage, as Jira numbers them (11, 21, 31...). */
    static String id(Stage to) {
        return String.valueOf(10 * to.ordinal() + 11);
    }

    static String name(Stage to) {
        return switch (to) {
            case BET -> "Reopen";
            case COMMITTED -> "Commit";
            case DELIVERING -> "Start delivery";
            case SHIPPED -> "Ship";
            case VALIDATED -> "Validate";
            case INVALIDATED -> "Invalidate";
            case ABANDONED -> "Abandon";
        };
    }

    /** Status names that Throughline's default mapping gives these stages. */
    static String statusName(Stage stage) {
        String name = stage.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
