package io.throughline.confluence.macro;

import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseTimeoutException;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.throughline.confluence.host.ConfluenceMacroContexts;
import io.throughline.confluence.jira.ApplinksJiraDataSource;
import io.throughline.confluence.web.CachedJira;
import io.throughline.confluence.web.RecordedContract;
import io.throughline.confluence.web.ReplyCache;
import io.throughline.confluence.web.dependency.DependencyStatusMacro;
import io.throughline.confluence.web.initiative.InitiativeMacro;
import io.throughline.core.testing.MutableClock;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both Confluence macros over mocked host services: parameters and viewer in, HTML out. */
class ConfluenceMacroTest {

    private static final String JIRA = "https://jira.example.com";
    private static final String AUTHORISE = JIRA + "/plugins/servlet/oauth/authorize?oauth_token=abc";

    private final RecordedContract contract = new RecordedContract();
    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final Response response = mock(Response.class);
    private final UserManager users = mock(UserManager.class);
    private final UserKey adminKey = mock(UserKey.class);
    private final ConversionContext page = mock(ConversionContext.class);
    private Macro dependencyStatus;
    private Macro initiative;
    private Macro scorecard;

    @BeforeEach
    void wire() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(link.getDisplayUrl()).thenReturn(URI.create(JIRA));
        when(factory.createRequest(any(), anyString())).thenReturn(request);
        when(request.execute(any())).thenAnswer(call -> call.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(response));
        when(adminKey.getStringValue()).thenReturn(ADMIN);
        when(users.getRemoteUserKey()).thenReturn(adminKey);
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(Locale.UK);
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        ConfluenceMacroContexts contexts = new ConfluenceMacroContexts(users, locales, zones);
        CachedJira jira = new CachedJira(new ApplinksJiraDataSource(links),
                ReplyCache.withDefaults(MutableClock.at(RecordedContract.TODAY)));
        dependencyStatus = new DependencyStatusConfluenceMacro(new DependencyStatusMacro(jira), contexts);
        initiative = new InitiativeConfluenceMacro(new InitiativeMacro(jira), contexts);
        scorecard = new ScorecardConfluenceMacro(new io.throughline.confluence.web.scorecard.ScorecardMacro(jira), contexts);
    }

    @Test
    void rendersTheDependencyStatusFromOneAuthenticatedRequestWithTheTimeouts() throws Exception {
        answer(200, contract.portfolio(ADMIN, "Growth"));

        String html = dependencyStatus.execute(Map.of("teams", "Growth", "view", "list"), "", page);

        verify(factory).createRequest(Request.MethodType.GET, "/rest/throughline/1.0/portfolio/dependencies?team=Growth&health=AT_RISK&health=BLOCKED&limit=200");
        verify(request).setConnectionTimeout(5_000);
        verify(request).setSoTimeout(10_000);
        assertThat(html).contains("throughline-list", "href=\"" + JIRA + "/browse/GROW-1\"",
                "SSO users skip the password step", "As of 13:00").doesNotContain("throughline-matrix");
    }

    @Test
    void rendersTheInitiativeCard() throws Exception {
        answer(200, contract.initiativeCard(ADMIN, "PAY-3"));

        String html = initiative.execute(Map.of("key", "PAY-3"), null, page);

        verify(factory).createRequest(Request.MethodType.GET, "/rest/throughline/1.0/initiatives/PAY-3");
        assertThat(html).contains("href=\"" + JIRA + "/browse/PAY-3\"", "Checkout latency", "Overdue by 2 days");
    }

    @Test
    void rendersTheScorecardOfOneTeamFromOneAuthenticatedRequest() throws Exception {
        answer(200, contract.scorecard(ADMIN, "Payments", null));

        String html = scorecard.execute(Map.of("team", "Payments", "columns", "signals"), null, page);

        verify(factory).createRequest(Request.MethodType.GET, "/rest/throughline/1.0/scorecard?team=Payments&limit=100");
        assertThat(html).contains("throughline-scorecard-macro", "href=\"" + JIRA + "/browse/PAY-3\"", "Checkout latency",
                "data-signal=\"HORIZON_PASSED\"", "<tr data-team=\"Payments\">", "As of 13:00")
                .doesNotContain("GROW-1", "data-column=\"metric\"");
        assertThat(scorecard.execute(Map.of("stage", "Launched"), null, page)).contains("data-parameter=\"stage\"");
        verify(factory).createRequest(any(), anyString());
    }

    @Test
    void withoutAuthorisationTheViewerGetsTheLinkToAuthorise() throws Exception {
        CredentialsRequiredException required = mock(CredentialsRequiredException.class);
        when(required.getAuthorisationURI()).thenReturn(URI.create(AUTHORISE));
        when(factory.createRequest(any(), anyString())).thenThrow(required);

        String html = initiative.execute(Map.of("key", "PAY-3"), "", page);

        assertThat(html).contains("<a href=\"" + AUTHORISE.replace("=", "&#61;") + "\" class=\"throughline-authorise\">"
                + "Authorise Throughline to see Jira data</a>");
    }

    @Test
    void whenJiraAsksForCredentialsMidRequestTheFactorysLinkIsOffered() throws Exception {
        when(factory.getAuthorisationURI()).thenReturn(URI.create(AUTHORISE));
        doAnswer(call -> call.<ApplicationLinkResponseHandler<?>>getArgument(0).credentialsRequired(response))
                .when(request).execute(any());

        assertThat(dependencyStatus.execute(Map.of(), "", page)).contains("Authorise Throughline to see Jira data",
                "oauth_token&#61;abc");
    }

    @Test
    void hostFailuresBecomePanelsThatSayWhatToDo() throws Exception {
        doThrow(new ResponseTimeoutException("read timed out")).when(request).execute(any());
        assertThat(dependencyStatus.execute(Map.of(), "", page)).contains("Jira did not answer within 10 seconds",
                "Reload the page");

        doThrow(new ResponseException("Connection refused")).when(request).execute(any());
        assertThat(dependencyStatus.execute(Map.of("view", "matrix"), "", page)).contains("Jira could not be reached")
                .doesNotContain("Connection refused");

        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        assertThat(dependencyStatus.execute(Map.of("view", "list"), "", page))
                .contains("Confluence is not linked to Jira", "create an application link");
    }

    @Test
    void anUnexpectedFaultIsAPanelNotAnException() throws Exception {
        when(users.getRemoteUserKey()).thenThrow(new IllegalStateException("no request in progress"));

        String html = dependencyStatus.execute(Map.of(), "", page);

        assertThat(html).contains("Throughline could not show this status").doesNotContain("IllegalStateException");
    }

    @Test
    void anAnonymousViewerAndBadParametersNeverReachJira() throws Exception {
        assertThat(initiative.execute(Map.of("key", "not a key"), "", page)).contains("data-parameter=\"key\"");
        when(users.getRemoteUserKey()).thenReturn(null);
        assertThat(dependencyStatus.execute(Map.of(), "", page)).contains("Log in to see this Throughline status");

        verify(factory, never()).createRequest(any(), anyString());
    }

    @Test
    void bothMacrosAreBodilessBlocks() {
        assertThat(dependencyStatus.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(dependencyStatus.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
        assertThat(initiative.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(initiative.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
        assertThat(scorecard.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(scorecard.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    private void answer(int status, String body) throws ResponseException {
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
    }
}
