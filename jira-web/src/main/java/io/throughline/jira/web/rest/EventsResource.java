package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.PerformanceService;
import io.throughline.jira.web.json.CdEventsReader;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Providers;

/**
 * {@code POST /events}: CDEvents from CI and incident tools, one or an array, up to 1,000 events and
 * 1 MiB. 202 with what was accepted, replayed, ignored and rejected (each rejection by its index and
 * fields); the valid events are stored even when others are rejected; 400 when none is valid; 403
 * for a caller who may not post, before a byte of the body is parsed: the body is taken as a stream
 * and read through the host's own JSON binding only once the caller may post.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    private static final Annotation[] NONE = new Annotation[0];

    private final PerformanceService performance;
    private final RequestContext context;

    /** The host's JSON binding (Jackson 2 in Jira and the preview), to read the body once the caller may post. */
    @Context
    private Providers providers;

    @Inject
    public EventsResource(PerformanceService performance, RequestContext context) {
        this.performance = performance;
        this.context = context;
    }

    /** The reply: how many were new, how many replays, how many of types the app does not use, and what was refused. */
    public record Reply(int accepted, int duplicates, int ignored, List<Rejected> rejected) {
    }

    public record Rejected(int index, List<ErrorJson.Entry> errors) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/cloudevents+json", "application/cloudevents-batch+json"})
    public Response post(InputStream body, @Context HttpHeaders headers) {
        performance.requirePoster(Requests.caller(context));
        return accept(parse(body, headers));
    }

    /**
     * A body already read as JSON values (maps, lists, text, numbers): what {@link #post} does once
     * the body is read, for a host that posts in-process (the preview's seeding). The caller is
     * checked again, so this is no way around the check.
     */
    public Response accept(Object body) {
        UserRef caller = Requests.caller(context);
        performance.requirePoster(caller);
        List<Object> events = CdEventsReader.events(body);
        if (events.size() > CdEventsReader.MAX_EVENTS) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (events.isEmpty()) {
            throw ThroughlineException.InvalidInput.of("", Message.of("throughline.web.events.none"));
        }
        CdEventsReader reader = new CdEventsReader(context.clock().now());
        ViewText text = ViewText.forLocale(context.locale());
        List<DeliveryEvent> valid = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<FieldError> all = new ArrayList<>();
        int ignored = 0;
        for (int i = 0; i < events.size(); i++) {
            CdEventsReader.Read read = reader.read(i, events.get(i));
            if (read.event().isPresent()) {
                valid.add(read.event().get());
            } else if (read.ignored()) {
                ignored++;
            } else {
                int index = i;
                rejected.add(new Rejected(i, read.errors().stream()
                        .map(error -> new ErrorJson.Entry(error.field(), text.text(error.message()))).toList()));
                read.errors().forEach(error -> all.add(new FieldError(
                        "[" + index + "]" + (error.field().isEmpty() ? "" : "." + error.field()), error.message())));
            }
        }
        if (valid.isEmpty() && ignored == 0) {
            throw new ThroughlineException.InvalidInput(all);
        }
        List<Boolean> stored = performance.record(caller, valid);
        int accepted = (int) stored.stream().filter(Boolean::booleanValue).count();
        return Response.status(Response.Status.ACCEPTED)
                .entity(new Reply(accepted, stored.size() - accepted, ignored, rejected)).build();
    }

    /** The body as JSON values (maps, lists, text, numbers), refused as {@link BodyReadGuard} refuses any other body. */
    private Object parse(InputStream body, HttpHeaders headers) {
        MediaType type = headers.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : headers.getMediaType();
        MessageBodyReader<Object> json = providers == null ? null
                : providers.getMessageBodyReader(Object.class, Object.class, NONE, type);
        if (json == null) {
            throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        try {
            return json.readFrom(Object.class, Object.class, NONE, type, headers.getRequestHeaders(), body);
        } catch (IOException | RuntimeException e) {
            throw BodyReadGuard.refusal(e);
        }
    }
}
