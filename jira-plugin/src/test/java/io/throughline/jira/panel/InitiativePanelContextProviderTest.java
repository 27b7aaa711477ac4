package io.throughline.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.RacingInitiatives;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.JiraIssues;
import io.throughline.jira.host.JiraInitiatives;
import io.throughline.jira.web.panel.InitiativePanel;
import io.throughline.jira.web.panel.InitiativePanelFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitiativePanelContextProviderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    private final JiraIssues jira = new JiraIssues();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);

    @Test
    void anInitiativeTheAppHasNeverSeenIsRecordedAndGetsItsPanel() {
        TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
        UserRef pm = UserRef.of("pm.growth");
        world.permissions.edits(pm, "GROW");
        var user = JiraIssues.user(pm.key());
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");
        MutableIssue issue = jira.initiative("GROW-9", pm.key(), "Activation rate: 22% -> 30%", TODAY.plusDays(10));
        InitiativePanelContextProvider provider = new InitiativePanelContextProvider(world.app.initiatives(),
                new InitiativePanelFactory(world.app.gates(), world.app.evidence(), world.app.portfolio(),
                        world.permissions, People.KEYS, world.app.trace(), world.app.contracts(), world.app.assumptions()),
                world.app.defaults(),
                new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings()), authentication,
                world.clock, application, zones);

        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue));

        assertThat(context.get(InitiativePanelContextProvider.PANEL)).isInstanceOf(InitiativePanel.class);
        assertThat(world.initiatives.find(io.throughline.core.initiative.InitiativeKey.parse("GROW-9"))).isPresent();
        assertThat(world.stages.changesFor(io.throughline.core.initiative.InitiativeKey.parse("GROW-9"))).hasSize(1);
    }

    @Test
    void anInitiativeAnotherRequestRecordsAtTheSameMomentStillGetsItsPanel() {
        TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
        UserRef pm = UserRef.of("pm.growth");
        world.permissions.edits(pm, "GROW");
        var user = JiraIssues.user(pm.key());
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");
        MutableIssue issue = jira.initiative("GROW-9", pm.key(), "Activation rate: 22% -> 30%", TODAY.plusDays(10));
        JiraInitiatives jiraInitiatives = new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings());
        Initiative seen = jiraInitiatives.current(issue);
        // Two viewers open the new issue on two nodes: the other one's request records it first.
        RacingInitiatives racing = new RacingInitiatives(world.initiatives)
                .overtakeNextWrite(() -> world.app.initiatives().recordHostChange(pm, seen));
        InitiativeService thisNode = new InitiativeService(racing, world.stages, List.of(racing, world.stages),
                world.permissions, world.clock, world.transactions, world.app.contracts());
        InitiativePanelContextProvider provider = new InitiativePanelContextProvider(thisNode,
                new InitiativePanelFactory(world.app.gates(), world.app.evidence(), world.app.portfolio(),
                        world.permissions, People.KEYS, world.app.trace(), world.app.contracts(), world.app.assumptions()),
                world.app.defaults(), jiraInitiatives, authentication, world.clock, application, zones);

        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue));

        assertThat(context.get(InitiativePanelContextProvider.PANEL)).isInstanceOf(InitiativePanel.class);
        assertThat(world.stages.changesFor(seen.key())).hasSize(1);
    }

    @Test
    void putsThePanelForTheViewerAndKeepsTheHostsContext() {
        TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
        UserRef pm = UserRef.of("pm.growth");
        world.permissions.edits(pm, "GROW");
        world.app.initiatives().save(pm, InitiativeBuilder.initiative("GROW-1").team("GROW").build());
        var user = JiraIssues.user(pm.key());
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        MutableIssue issue = jira.initiative("GROW-1", pm.key(), "Activation rate: 22% -> 30%", TODAY.plusDays(10));
        InitiativePanelContextProvider provider = new InitiativePanelContextProvider(world.app.initiatives(),
                new InitiativePanelFactory(world.app.gates(), world.app.evidence(), world.app.portfolio(),
                        world.permissions, People.KEYS, world.app.trace(), world.app.contracts(), world.app.assumptions()),
                world.app.defaults(),
                new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings()), authentication,
                world.clock, application, zones);

        Map<String, Object> context = provider.getContextMap(Map.of("issue", issue, "hostKey", "kept"));

        assertThat(context).containsEntry("hostKey", "kept").containsEntry("issue", issue);
        assertThat(context.get(InitiativePanelContextProvider.PANEL)).isInstanceOfSatisfying(InitiativePanel.class,
                panel -> {
                    assertThat(panel.getKeyHtml()).isEqualTo("GROW-1");
                    assertThat(panel.getRestBaseHtml()).isEqualTo("/jira/rest/throughline/1.0");
                    assertThat(panel.isCanAddEvidence()).isTrue();
                    assertThat(panel.getGates()).singleElement().satisfies(gate -> assertThat(gate.isPassed()).isFalse());
                    assertThat(panel.getHorizon().getStatusHtml()).isEqualTo("10 days left");
                });
    }

    @Test
    void daysAreShownInTheViewersOwnTimeZone() {
        TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
        UserRef pm = UserRef.of("pm.growth");
        world.permissions.edits(pm, "GROW");
        world.app.initiatives().save(pm, InitiativeBuilder.initiative("GROW-1").team("GROW").build());
        // The epic last changed at noon UTC, already the next day on Kiritimati (UTC+14).
        world.delivery.issue("GROW-10", "Epic", "GROW", io.throughline.core.trace.StatusCategory.IN_PROGRESS, null,
                world.clock.now()).edge("GROW-1", "GROW-10", io.throughline.core.trace.TraceVia.LINK);
        var user = JiraIssues.user(pm.key());
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");
        MutableIssue issue = jira.initiative("GROW-1", pm.key(), "Activation rate: 22% -> 30%", TODAY.plusDays(10));
        InitiativePanelContextProvider provider = new InitiativePanelContextProvider(world.app.initiatives(),
                new InitiativePanelFactory(world.app.gates(), world.app.evidence(), world.app.portfolio(),
                        world.permissions, People.KEYS, world.app.trace(), world.app.contracts(), world.app.assumptions()),
                world.app.defaults(),
                new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings()), authentication,
                world.clock, application, zones);

        when(zones.getUserTimeZone()).thenReturn(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        InitiativePanel east = (InitiativePanel) provider.getContextMap(Map.of("issue", issue))
                .get(InitiativePanelContextProvider.PANEL);
        when(zones.getUserTimeZone()).thenReturn(null);
        InitiativePanel fallback = (InitiativePanel) provider.getContextMap(Map.of("issue", issue))
                .get(InitiativePanelContextProvider.PANEL);

        assertThat(east.getDelivery().getLastActivityDateHtml()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(fallback.getDelivery().getLastActivityDateHtml()).isEqualTo(TODAY.toString());
    }
}
