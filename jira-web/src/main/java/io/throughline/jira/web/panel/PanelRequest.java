package io.throughline.jira.web.panel;

import io.throughline.core.common.UserRef;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a host knows when it shows the panel: who looks, the initiative as the host sees it now,
 * the commit gate's parameters, the viewer's locale, today (from the app's clock), the viewer's time
 * zone (the days of changes are shown in it) and the web application's context path ({@code ""} or
 * e.g. {@code /jira}) that REST calls are made under.
 */
public record PanelRequest(UserRef viewer, Initiative initiative, PolicyParameters parameters, Locale locale,
                           LocalDate today, ZoneId zone, String contextPath) {

    public PanelRequest {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(contextPath, "contextPath");
        if (!contextPath.isEmpty() && !contextPath.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException("context path must be empty or like /jira: " + contextPath);
        }
    }
}
