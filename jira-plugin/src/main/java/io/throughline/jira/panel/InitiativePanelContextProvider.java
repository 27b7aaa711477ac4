package io.throughline.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.throughline.core.common.Clock;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.jira.host.JiraInitiatives;
import io.throughline.jira.web.panel.InitiativePanelFactory;
import io.throughline.jira.web.panel.PanelRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Gives the issue panel template its one object, {@code $panel}, built by the shared view code. */
public final class InitiativePanelContextProvider implements ContextProvider {

    static final String PANEL = "panel";

    private final InitiativeService app;
    private final InitiativePanelFactory panels;
    private final PolicyParameters defaults;
    private final JiraInitiatives initiatives;
    private final JiraAuthenticationContext authentication;
    private final Clock clock;
    private final ApplicationProperties application;
    private final TimeZoneManager zones;

    public InitiativePanelContextProvider(InitiativeService app, InitiativePanelFactory panels, PolicyParameters defaults,
                                          JiraInitiatives initiatives, JiraAuthenticationContext authentication,
                                          Clock clock, ApplicationProperties application, TimeZoneManager zones) {
        this.app = app;
        this.panels = panels;
        this.defaults = defaults;
        this.initiatives = initiatives;
        this.authentication = authentication;
        this.clock = clock;
        this.application = application;
        this.zones = zones;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = new HashMap<>(context);
        Issue issue = (Issue) context.get("issue");
        ApplicationUser user = authentication.getLoggedInUser();
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        UserRef viewer = new UserRef(user.getKey());
        Initiative current = initiatives.current(issue);
        if (!app.exists(current.key())) {
            // Created before the app was installed, or its event was missed: the app sees it for the first time.
            try {
                app.recordHostChange(viewer, current);
            } catch (ThroughlineException.Conflict raced) {
                // Another viewer's request (or node, or the event) recorded it at the same moment: it is there now.
            }
        }
        // The viewer's own zone from their Jira profile (SAL answers Jira's default zone when they set none).
        TimeZone zone = zones.getUserTimeZone();
        map.put(PANEL, panels.panel(new PanelRequest(viewer, current, defaults, locale, clock.today(),
                zone == null ? clock.zone() : zone.toZoneId(), contextPath == null ? "" : contextPath)));
        return map;
    }
}
