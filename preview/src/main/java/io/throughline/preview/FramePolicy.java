package io.throughline.preview;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * No page of the preview may be shown inside another site's frame (where a visitor could be
 * tricked into pressing its buttons): {@code X-Frame-Options} for older browsers and the CSP
 * {@code frame-ancestors} directive for current ones. Jira sets its own frame policy; this is the
 * preview standing in for it.
 */
final class FramePolicy implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Frame-Options", "SAMEORIGIN");
        response.getHeaders().putSingle("Content-Security-Policy", "frame-ancestors 'self'");
    }
}
