package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/** What every resource does first: find the caller, read path parameters, name fields as the API does. */
final class Requests {

    private Requests() {
    }

    /** The signed-in caller; anonymous requests end here with 401. */
    static UserRef caller(RequestContext context) {
        return context.currentUser().orElseThrow(() -> new WebApplicationException(Response.Status.UNAUTHORIZED));
    }

    /**
     * A write's body, which must be there even when it says nothing ({@code {}}): an empty POST is
     * what a page on another site can send, so it is refused like a malformed one.
     */
    static <T> T body(T body) {
        if (body == null) {
            throw new ThroughlineException.InvalidInput(
                    List.of(new FieldError("", Message.of("throughline.web.error.body.required"))));
        }
        return body;
    }

    /** A key that cannot exist is refused exactly like one the caller may not see. */
    static InitiativeKey initiativeKey(String text) {
        if (!InitiativeKey.isValid(text)) {
            throw new ThroughlineException.NotFound(Message.of("throughline.error.initiative-not-found", text.strip()));
        }
        return InitiativeKey.parse(text);
    }

    static DependencyId dependencyId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return new DependencyId(id);
            }
        } catch (NumberFormatException e) {
            // refused below like an unknown id
        }
        throw new ThroughlineException.NotFound(Message.of("throughline.error.dependency-not-found", text.strip()));
    }

    /**
     * A {@code limit} parameter: absent or blank means no limit; otherwise a whole number from 1 to
     * {@code max}, or the field's error is added to {@code errors} (and no limit is returned).
     */
    static int limit(String name, String text, int max, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return Integer.MAX_VALUE;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "throughline.web.error.limit", text.strip(), max);
        return Integer.MAX_VALUE;
    }

    /** The same refusal with fields renamed from the core's names to this API's. */
    static ThroughlineException.InvalidInput renamed(ThroughlineException.InvalidInput refusal,
                                                      Map<String, String> names) {
        return new ThroughlineException.InvalidInput(refusal.errors().stream()
                .map(error -> new FieldError(names.getOrDefault(error.field(), error.field()), error.message()))
                .toList());
    }
}
