package io.throughline.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.jira.JiraIssues;
import io.throughline.jira.provision.Provisioner;
import io.throughline.jira.provision.ProvisioningReport;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ErrorJson;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminResourceTest {

    private final Provisioner provisioner = mock(Provisioner.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    private final ApplicationUser admin = JiraIssues.user("admin");
    private AdminResource resource;

    @BeforeEach
    void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        resource = new AdminResource(provisioner, new InMemoryStageMappings(), authentication, permissions);
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
}
