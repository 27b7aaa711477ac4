package io.throughline.preview;

import io.throughline.jira.web.json.ErrorJson;
import io.throughline.jira.web.rest.JsonWrites;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * What Jira's XSRF protection does for the preview, which has no login to protect: a request that
 * may change something is refused (403, nothing changed) when
 * <ul>
 *   <li>it names another site in {@code Origin} (including the opaque {@code null});</li>
 *   <li>it is a form post that names no page of this server in {@code Origin} or {@code Referer}
 *       (the preview's own pages always send one, a browser on another site cannot fake it);</li>
 *   <li>it is anything else that is neither JSON nor marked {@code X-Atlassian-Token: no-check}
 *       (a header no page on another site may set without asking this server first).</li>
 * </ul>
 * Runs after {@link PreviewIdentity}, so a refused form gets the page the viewer would see.
 */
@PreMatching
@Priority(10)
final class CrossSiteWrites implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final PreviewHost host;

    CrossSiteWrites(PreviewHost host) {
        this.host = host;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String server = request.getHeaderString(HttpHeaders.HOST);
        String origin = request.getHeaderString("Origin");
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || "multipart".equalsIgnoreCase(type.getType()));
        boolean originGiven = origin != null && !origin.isBlank();
        if (originGiven && !sameOrigin(origin, server)) {
            request.abortWith(form ? refusedForm("throughline.preview.form.cross-site")
                    : refusedWrite("throughline.preview.error.cross-origin"));
        } else if (form) {
            if (!originGiven && !sameOrigin(originOf(request.getHeaderString("Referer")), server)) {
                request.abortWith(refusedForm("throughline.preview.form.no-origin"));
            }
        } else if (!JsonWrites.isJson(type) && !"no-check".equalsIgnoreCase(request.getHeaderString(TOKEN_HEADER))) {
            request.abortWith(refusedWrite("throughline.preview.error.xsrf"));
        }
    }

    /** Whether {@code origin} ({@code scheme://host[:port]}) is this server as the request addressed it. */
    static boolean sameOrigin(String origin, String server) {
        return origin != null && server != null && !server.isBlank()
                && (origin.equalsIgnoreCase("http://" + server) || origin.equalsIgnoreCase("https://" + server));
    }

    /** The origin part of a Referer, or null when there is none or it cannot be read. */
    static String originOf(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response refusedForm(String key) {
        return MessagePage.response(host, Response.Status.FORBIDDEN, host.viewer(), "throughline.preview.form.refused.heading",
                MessagePage.Tone.ERROR, "form-refused", host.text().html(key), "/");
    }

    private Response refusedWrite(String key) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(null, host.text().text(key))).build();
    }
}
