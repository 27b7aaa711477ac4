package io.throughline.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupService;
import io.throughline.core.testing.InMemorySetupFacts;
import io.throughline.core.testing.InMemoryStageMappings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page is for administrators in a WebSudo session only; the fix needs SAL's XSRF token. */
class SetupServletTest {

    private final InMemorySetupFacts facts = new InMemorySetupFacts().scheme("Product scheme", "GROW")
            .screen("20", "Default screen", EnumSet.of(ScreenOperation.EDIT), "Initiative owner");
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator tokenCheck = mock(XsrfTokenValidator.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final StringWriter written = new StringWriter();
    private final SetupServlet servlet = new SetupServlet(
            new SetupService(facts, new InMemoryStageMappings(), "Initiative"),
            authentication, permissions, webSudo, tokens, tokenCheck);

    @BeforeEach
    void setUp() throws Exception {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/jira");
        when(tokenCheck.getXsrfParameterName()).thenReturn("atl_token");
        when(tokens.getXsrfToken(request, response, true)).thenReturn("t0k3n");
    }

    @Test
    void anAdministratorSeesTheCheckInTheAdminDecoratorWithTheTokenInTheFixForm() throws Exception {
        servlet.doGet(request, response);

        assertThat(written.toString()).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "content=\"admin_plugins_menu/throughline-admin-section\"", "content=\"throughline-setup-link\"",
                "action=\"/jira/plugins/servlet/throughline/setup\"", "name=\"atl_token\" value=\"t0k3n\"",
                "The edit screen Default screen lacks");
        verify(webSudo).willExecuteWebSudoRequest(request);
    }

    @Test
    void someoneWhoIsNotAnAdministratorGets403AndNoData() throws Exception {
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(false);

        servlet.doGet(request, response);
        servlet.doPost(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendError(eq(403), anyString());
        assertThat(written.toString()).isEmpty();
        assertThat(facts.additions()).isZero();
    }

    @Test
    void anonymousVisitorsGet403() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);

        servlet.doGet(request, response);

        verify(response).sendError(eq(403), anyString());
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void withoutAWebSudoSessionJiraAsksForThePasswordAndNothingIsShownOrChanged() throws Exception {
        doThrow(new WebSudoSessionException()).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);
        servlet.doPost(request, response);

        verify(webSudo, org.mockito.Mockito.times(2)).enforceWebSudoProtection(request, response);
        assertThat(written.toString()).isEmpty();
        assertThat(facts.additions()).isZero();
    }

    @Test
    void aPostWithoutAValidTokenChangesNothing() throws Exception {
        when(tokenCheck.validateFormEncodedToken(request)).thenReturn(false);

        servlet.doPost(request, response);

        verify(response).sendError(eq(403), anyString());
        assertThat(facts.additions()).isZero();
    }

    @Test
    void theFixReportsWhatItChangedAndASecondPostChangesNothing() throws Exception {
        when(tokenCheck.validateFormEncodedToken(request)).thenReturn(true);

        servlet.doPost(request, response);
        String first = written.toString();
        written.getBuffer().setLength(0);
        servlet.doPost(request, response);

        assertThat(first).contains("data-changes=\"2\"", "Added Success metric to the screen Default screen.");
        assertThat(written.toString()).contains("data-changes=\"0\"").doesNotContain("setup-fix-form");
        assertThat(facts.additions()).isEqualTo(2);
        verify(response, never()).sendError(anyInt(), anyString());
    }
}
