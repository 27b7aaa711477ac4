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
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import io.throughline.core.interaction.InteractionService;
import io.throughline.core.testing.FixedTeams;
import io.throughline.core.testing.InMemoryInteractions;
import io.throughline.core.testing.InMemoryTransactions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interaction table page: administrators in a WebSudo session only; names escaped. */
class InteractionsServletTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final StringWriter written = new StringWriter();
    private final FixedTeams teams = new FixedTeams(Team.of("Growth"), Team.of("R&D"));
    private final InMemoryInteractions store = new InMemoryInteractions();
    private final InteractionsServlet servlet = new InteractionsServlet(
            new InteractionService(store, teams, new InMemoryTransactions()), teams, authentication, permissions, webSudo);

    @BeforeEach
    void setUp() throws Exception {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/jira");
        store.replace(List.of(new Interaction(Team.of("Growth"), Team.of("R&D"), InteractionMode.FACILITATING, 4)), 0);
    }

    @Test
    void anAdministratorSeesThePairsInTheAdminDecoratorWithTheRestBaseAndVersion() throws Exception {
        servlet.doGet(request, response);

        assertThat(written.toString()).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "content=\"throughline-interactions-link\"", "data-rest-base=\"/jira/rest/throughline/1.0\"",
                "data-version=\"1\"", "value=\"R&#38;D\"", "<option value=\"FACILITATING\" selected>",
                "name=\"ackSlaDays\" min=\"0\" max=\"90\" value=\"4\"")
                .doesNotContain("value=\"R&D\"");
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
