package io.throughline.jira.page;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.host.JiraRequestContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Requests to my team" in Jira: any logged-in person, inside Jira's general decorator; anonymous visitors log in first. */
class RequestsServletTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ApplicationUser dataLead = mock(ApplicationUser.class);
    private final StringWriter written = new StringWriter();
    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 3), Team.of("Growth"), Team.of("Data"));
    private final RequestsServlet servlet = new RequestsServlet(world.app.portfolio(),
            new JiraRequestContext(authentication, world.clock), login);

    @BeforeEach
    void setUp() throws Exception {
        UserRef lead = world.admin("ops.lead");
        world.permissions.member(UserRef.of("lead.data"), Team.of("Data"));
        world.app.initiatives().save(lead, initiative("GROW-1").team("Growth").summary("Activation <b>now</b>").build());
        world.app.dependencies().request(lead, InitiativeKey.parse("GROW-1"),
                new DependencyForm("Data", null, "Instrumentation <i>events</i>", "2026-12-20"));
        when(dataLead.getKey()).thenReturn("lead.data");
        when(authentication.getLoggedInUser()).thenReturn(dataLead);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/jira");
    }

    @Test
    void aTeamMemberSeesTheirTeamsQueueInsideJirasGeneralDecorator() throws Exception {
        servlet.doGet(request, response);

        assertThat(written.toString()).contains("<meta name=\"decorator\" content=\"atl.general\">",
                "<title>Requests to my team</title>", "data-rest-base=\"/jira/rest/throughline/1.0\"",
                "action=\"/jira/plugins/servlet/throughline/requests\"", "href=\"/jira/browse/GROW-1\"",
                "<option value=\"Data\" selected>Data</option>", "Activation &#60;b&#62;now&#60;/b&#62;",
                "Instrumentation &#60;i&#62;events&#60;/i&#62;", "data-throughline-request-action=\"commit\"")
                .doesNotContain("<b>now</b>", "<i>events</i>", "value=\"Growth\"", "atl.admin");
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    void theTeamAskedForIsShownAndOneTheViewerDoesNotAnswerForIsRefusedInWords() throws Exception {
        when(request.getParameter("team")).thenReturn("Growth");

        servlet.doGet(request, response);

        assertThat(written.toString()).contains("id=\"requests-refused\"", "Growth")
                .doesNotContain("Instrumentation", "<table");
        verify(response, never()).sendError(org.mockito.ArgumentMatchers.anyInt(), anyString());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndBackToThisPage() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/jira/plugins/servlet/throughline/requests"));
        when(request.getQueryString()).thenReturn("team=Data");
        URI back = URI.create("https://jira.example/jira/plugins/servlet/throughline/requests?team=Data");
        when(login.getLoginUri(back)).thenReturn(URI.create("https://jira.example/jira/login.jsp?os_destination=x"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("https://jira.example/jira/login.jsp?os_destination=x");
        assertThat(written.toString()).isEmpty();
    }
}
