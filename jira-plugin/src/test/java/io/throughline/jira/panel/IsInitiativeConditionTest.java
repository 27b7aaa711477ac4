package io.throughline.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;

import io.throughline.jira.JiraIssues;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsInitiativeConditionTest {

    private final JiraIssues jira = new JiraIssues();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final IsInitiativeCondition condition = new IsInitiativeCondition(jira.fields(), authentication);

    @Test
    void showsOnInitiativesOnlyToSignedInViewers() {
        var viewer = JiraIssues.user("pm.growth");
        when(authentication.getLoggedInUser()).thenReturn(viewer);

        assertThat(condition.shouldDisplay(Map.of("issue", jira.initiative("GROW-1", null, null, null)))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", jira.issue("GROW-2", "Bug", null, null, null)))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    void anonymousViewersSeeNoPanel() {
        assertThat(condition.shouldDisplay(Map.of("issue", jira.initiative("GROW-1", null, null, null)))).isFalse();
    }
}
