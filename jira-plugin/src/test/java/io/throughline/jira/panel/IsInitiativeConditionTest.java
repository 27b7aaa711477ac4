package io.throughline.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.jira.JiraIssues;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsInitiativeConditionTest {

    private final JiraIssues jira = new JiraIssues();
    private final IsInitiativeCondition condition = new IsInitiativeCondition(jira.fields());

    @Test
    void showsOnInitiativesOnly() {
        assertThat(condition.shouldDisplay(Map.of("issue", jira.initiative("GROW-1", null, null, null)))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", jira.issue("GROW-2", "Bug", null, null, null)))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }
}
