package io.throughline.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import io.throughline.core.testing.TestWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings page: administrators in a WebSudo session only; values and environments escaped. */
class SettingsServletTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final StringWriter written = new StringWriter();
    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 3), Team.of("Growth"));
    private final SettingsServlet servlet = new SettingsServlet(world.app.settings(), world.app.performance(),
            authentication, permissions, webSudo);

    @BeforeEach
    void setUp() throws Exception {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/jira");
        UserRef bot = world.admin("ci");
        world.app.settings().change(Map.of("eventSourceGroup", "bots<&>"), OptionalLong.empty());
        world.app.performance().record(bot, List.of(
                DeliveryEvent.deployment(new EventKey("ci", "1"), world.clock.now().minus(Duration.ofDays(2)), "web",
                        "prod", Set.of(), List.of(), false, Set.of()),
                DeliveryEvent.deployment(new EventKey("ci", "2"), world.clock.now().minus(Duration.ofDays(1)), "web",
                        "<b>qa</b>", Set.of(), List.of(), false, Set.of())));
    }

    @Test
    void anAdministratorSeesEachSettingAndTheRecentEnvironmentsInTheAdminDecorator() throws Exception {
        servlet.doGet(request, response);

        assertThat(written.toString()).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "content=\"throughline-settings-link\"", "data-rest-base=\"/jira/rest/throughline/1.0\"",
                "data-version=\"1\"", "name=\"eventSourceGroup\"", "value=\"bots&#60;&#38;&#62;\"",
                "name=\"productionPattern\"", "data-environment=\"prod\"", "&#60;b&#62;qa&#60;/b&#62;",
                "Environments of the last 90 days")
                .doesNotContain("<b>qa</b>", "bots<&>");
        verify(webSudo).willExecuteWebSudoRequest(request);
    }

    @Test
    void someoneWhoIsNotAnAdministratorGets403AndNoData() throws Exception {
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(false);

        servlet.doGet(request, response);

        verify(response).sendError(eq(403), anyString());
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void withoutAWebSudoSessionJiraAsksForThePasswordFirst() throws Exception {
        doThrow(new WebSudoSessionException("no session")).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        assertThat(written.toString()).isEmpty();
    }
}
