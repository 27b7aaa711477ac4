package io.throughline.preview;

import io.throughline.core.common.UserRef;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.Response;

/**
 * Pages fail closed as the API does: a request that names someone the preview does not know (a
 * stale cookie, a mistyped header) is nobody, so it gets a 401 page to choose a user from, never
 * the page as the default administrator would see it. The page's own assets and the "act as"
 * switch stay reachable; JSON endpoints answer their own 401.
 */
@Priority(Priorities.AUTHENTICATION)
final class UnknownUserPage implements ContainerRequestFilter {

    private final PreviewHost host;

    UnknownUserPage(PreviewHost host) {
        this.host = host;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (host.identity().currentUser().isPresent() || path.startsWith("static/") || path.startsWith("rest/")
                || path.equals("preview/act-as") || path.startsWith("preview/avatars") || path.equals("favicon.ico")
                || !NotFoundPage.wantsHtml(request.getAcceptableMediaTypes())) {
            return;
        }
        // Nobody is selected in the switch: the name asked for is not one of its options.
        request.abortWith(MessagePage.response(host, Response.Status.UNAUTHORIZED, UserRef.of("nobody"),
                "throughline.preview.unknown-user.heading", MessagePage.Tone.WARNING, "unknown-user",
                host.text().html("throughline.preview.unknown-user", named(request)), "/" + path));
    }

    private static String named(ContainerRequestContext request) {
        String header = request.getHeaderString(PreviewIdentity.HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        Cookie cookie = request.getCookies().get(PreviewIdentity.COOKIE);
        return cookie == null ? "" : cookie.getValue().strip();
    }
}
