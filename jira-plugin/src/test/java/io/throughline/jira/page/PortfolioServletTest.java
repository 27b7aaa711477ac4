package io.throughline.jira.page;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.host.JiraRequestContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portfolio page in Jira: any logged-in person sees the initiatives they may browse by stage, inside Jira's general decorator. */
class PortfolioServletTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ApplicationUser growthPm = mock(ApplicationUser.class);
    private final StringWriter written = new StringWriter();
    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 3), Team.of("Growth"), Team.of("Data"));
    private final PortfolioServlet servlet = new PortfolioServlet(world.app.stagePortfolio(), world.teams,
            People.KEYS, new JiraRequestContext(authentication, world.clock), login);

    @BeforeEach
    void setUp() throws Exception {
        UserRef lead = world.admin("ops.lead");
        world.permissions.views(UserRef.of("pm.growth"), "GROW");
        world.app.initiatives().save(lead, initiative("GROW-1").team("Growth").stage(Stage.BET)
                .summary("Activation <b>now</b>").build());
        world.app.initiatives().save(lead, initiative("GROW-2").team("Growth").stage(Stage.DELIVERING)
                .summary("Onboarding").build());
        world.app.initiatives().save(lead, initiative("DATA-1").team("Data").summary("Warehouse").build());
        when(growthPm.getKey()).thenReturn("pm.growth");
        when(authentication.getLoggedInUser()).thenReturn(growthPm);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getParameterMap()).thenReturn(Map.of());
    }

    @Test
    void aViewerSeesTheInitiativesTheyMayBrowseByStageInsideJirasGeneralDecorator() throws Exception {
        servlet.doGet(request, response);

        assertThat(written.toString()).contains("<meta name=\"decorator\" content=\"atl.general\">",
                "<title>Portfolio</title>", "action=\"/jira/plugins/servlet/throughline/portfolio\"",
                "href=\"/jira/rest/throughline/1.0/portfolio/initiatives/csv\"", "href=\"/jira/browse/GROW-1\"",
                "data-stage=\"BET\"", "data-stage=\"DELIVERING\"", "Gate ahead: commit gate", "data-gate=\"commit\"",
                "Activation &#60;b&#62;now&#60;/b&#62;")
                .doesNotContain("<b>now</b>", "DATA-1", "Warehouse");
    }

    @Test
    void aWrongFilterIsAFourHundredWithTheFormAndItsProblem() throws Exception {
        when(request.getParameterMap()).thenReturn(Map.of("health", new String[] {"green"}));

        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(written.toString()).contains("id=\"portfolio-errors\"", "id=\"portfolio-filters\"")
                .doesNotContain("GROW-1");
    }

    @Test
    void anUnknownTeamIsRefusedAsTheScorecardRefusesIt() throws Exception {
        when(request.getParameterMap()).thenReturn(Map.of("team", new String[] {"Nowhere"}));

        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertThat(written.toString()).contains("id=\"portfolio-errors\"", "Nowhere").doesNotContain("GROW-1");
    }

    @Test
    void aTeamTheViewerMayNotBrowseShowsNothingOfIt() throws Exception {
        when(request.getParameterMap()).thenReturn(Map.of("team", new String[] {"Data"}));

        servlet.doGet(request, response);

        assertThat(written.toString()).contains("id=\"portfolio-empty\"").doesNotContain("DATA-1", "Warehouse");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/jira/plugins/servlet/throughline/portfolio"));
        when(request.getQueryString()).thenReturn("stage=BET");
        URI back = URI.create("https://jira.example/jira/plugins/servlet/throughline/portfolio?stage=BET");
        when(login.getLoginUri(back)).thenReturn(URI.create("https://jira.example/jira/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("https://jira.example/jira/login.jsp");
        assertThat(written.toString()).isEmpty();
    }
}
