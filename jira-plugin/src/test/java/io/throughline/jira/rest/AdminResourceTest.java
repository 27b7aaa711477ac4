package io.throughline.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.core.common.FieldError;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.interaction.InteractionService;
import io.throughline.core.setting.SettingsService;
import io.throughline.core.testing.FixedTeams;
import io.throughline.core.testing.InMemoryInteractions;
import io.throughline.core.testing.InMemorySettings;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.core.testing.InMemoryTransactions;
import io.throughline.jira.JiraIssues;
import io.throughline.jira.provision.Provisioner;
import io.throughline.jira.provision.ProvisioningReport;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.jira.web.json.InteractionJson;
import io.throughline.jira.web.json.SettingsJson;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminResourceTest {

    private final Provisioner provisioner = mock(Provisioner.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final ApplicationUser admin = JiraIssues.user("admin");
    private AdminResource resource;
    private InteractionService interactions;
    private SettingsService settings;

    @BeforeEach
    void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        interactions = new InteractionService(new InMemoryInteractions(),
                new FixedTeams(Team.of("Growth"), Team.of("Identity"), Team.of("Billing")), new InMemoryTransactions());
        settings = new SettingsService(new InMemorySettings(), new InMemoryTransactions());
        resource = new AdminResource(provisioner, new InMemoryStageMappings(), interactions, settings, authentication,
                permissions);
    }

    @Test
    void provisioningReportsWhatItCreated() {
        when(provisioner.provision()).thenReturn(new ProvisioningReport(List.of("issue type Initiative"), List.of()));

        Response response = resource.provision(new EmptyRequest());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(((ProvisioningReport) response.getEntity()).created()).containsExactly("issue type Initiative");
    }

    @Test
    void whenJiraRefusesTheAdminReadsWhyInsteadOfABare500() {
        when(provisioner.provision()).thenThrow(new IllegalStateException("Jira could not create the field Success metric"));

        Response response = resource.provision(new EmptyRequest());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((ErrorJson) response.getEntity()).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isNull();
            assertThat(error.message()).startsWith("Jira refused part of Throughline's setup: Jira could not create")
                    .endsWith("it creates only what is still missing.");
        });
    }

    @Test
    void provisioningWithoutABodyIsRefusedAndNothingIsProvisioned() {
        Response response = resource.provision(null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ErrorJson) response.getEntity()).errors()).singleElement().satisfies(error ->
                assertThat(error.message()).isEqualTo(
                        "Send a JSON object as the request body (an empty object when there is nothing more to say)."));
        verify(provisioner, never()).provision();
    }

    @Test
    void someoneWhoIsNotAnAdminCannotProvision() {
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(false);

        assertThat(resource.provision(new EmptyRequest()).getStatus()).isEqualTo(403);
        verify(provisioner, never()).provision();
    }

    @Test
    void anAdminReplacesTheInteractionTableAndReadsItBackWithItsVersion() {
        Response put = resource.replaceInteractions(List.of(
                new InteractionJson("Growth", "Identity", "X_AS_A_SERVICE", null),
                new InteractionJson("growth", "billing", "collaboration", "3")), null);

        assertThat(put.getStatus()).isEqualTo(200);
        assertThat(put.getHeaderString("ETag")).isEqualTo("\"1\"");
        Response get = resource.interactions();
        assertThat(get.getStatus()).isEqualTo(200);
        assertThat(get.getEntity()).isEqualTo(List.of(
                new InteractionJson.Answer("Growth", "Billing", "COLLABORATION", 3),
                new InteractionJson.Answer("Growth", "Identity", "X_AS_A_SERVICE", 2)));
    }

    @Test
    void badRowsAreRefusedByFieldAndAStaleVersionLosesWithNothingStored() {
        resource.replaceInteractions(List.of(new InteractionJson("Growth", "Identity", "FACILITATING", null)), "\"0\"");

        assertThatThrownBy(() -> resource.replaceInteractions(List.of(
                new InteractionJson("Growth", "Identity", "FACILITATING", null),
                new InteractionJson("Growth", "Nobody", "PAIRING", "-1")), "\"1\""))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field)
                                .containsExactly("[1].providerTeam", "[1].mode", "[1].ackSlaDays"));
        assertThatThrownBy(() -> resource.replaceInteractions(List.of(), "\"0\""))
                .isInstanceOf(ThroughlineException.Conflict.class);

        assertThat(interactions.table().version()).isEqualTo(1);
        assertThat(interactions.table().pairs()).hasSize(1);
    }

    @Test
    void anAdminChangesOneSettingAndReadsEveryOneBackWithItsDefaultAndVersion() {
        Response put = resource.changeSettings(Map.of("productionPattern", " live|prod "), "\"0\"");

        assertThat(put.getStatus()).isEqualTo(200);
        assertThat(put.getHeaderString("ETag")).isEqualTo("\"1\"");
        SettingsJson read = (SettingsJson) resource.settings().getEntity();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.settings()).hasSize(io.throughline.core.setting.Setting.values().length).startsWith(
                new SettingsJson.Entry("eventSourceGroup", "Event-source group", "throughline-event-sources",
                        "throughline-event-sources", false),
                new SettingsJson.Entry("productionPattern", "Production environments", "live|prod",
                        "(?i)^(prod|production)([-_].*)?$", true));
    }

    @Test
    void aBadSettingIsNamedANumberIsNotTextAndAStaleVersionLosesWithNothingStored() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("productionPattern", "[prod");
        bad.put("eventSourceGroup", 7);

        assertThatThrownBy(() -> resource.changeSettings(bad, null))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("eventSourceGroup"));
        bad.remove("eventSourceGroup");
        assertThatThrownBy(() -> resource.changeSettings(bad, null))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("productionPattern"));
        resource.changeSettings(Map.of("eventSourceGroup", "bots"), null);
        assertThatThrownBy(() -> resource.changeSettings(Map.of("eventSourceGroup", "late"), "\"0\""))
                .isInstanceOf(ThroughlineException.Conflict.class);

        assertThat(settings.current().version()).isEqualTo(1);
        assertThat(settings.current().eventSourceGroup()).isEqualTo("bots");
    }

    @Test
    void onlyAdminsReadOrChangeTheSettings() {
        ApplicationUser member = JiraIssues.user("member");
        when(authentication.getLoggedInUser()).thenReturn(member);
        assertThat(resource.settings().getStatus()).isEqualTo(403);
        assertThat(resource.changeSettings(Map.of("eventSourceGroup", "mine"), null).getStatus()).isEqualTo(403);
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(resource.settings().getStatus()).isEqualTo(401);

        assertThat(settings.current().version()).isZero();
    }

    @Test
    void onlyAdminsReadOrChangeTheInteractionTable() {
        ApplicationUser member = JiraIssues.user("member");
        when(authentication.getLoggedInUser()).thenReturn(member);
        assertThat(resource.interactions().getStatus()).isEqualTo(403);
        assertThat(resource.replaceInteractions(List.of(), null).getStatus()).isEqualTo(403);

        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(resource.interactions().getStatus()).isEqualTo(401);
        assertThat(resource.replaceInteractions(List.of(), null).getStatus()).isEqualTo(401);

        assertThat(interactions.table().version()).isZero();
    }
}
