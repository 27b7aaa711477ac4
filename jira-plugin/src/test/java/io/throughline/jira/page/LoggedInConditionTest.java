package io.throughline.jira.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Throughline menu is there for people who are logged in, and only for them. */
class LoggedInConditionTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final LoggedInCondition condition = new LoggedInCondition(authentication);

    @Test
    void showsTheMenuToALoggedInPerson() {
        when(authentication.getLoggedInUser()).thenReturn(mock(ApplicationUser.class));

        assertThat(condition.shouldDisplay(Map.of())).isTrue();
    }

    @Test
    void hidesTheMenuFromAnAnonymousVisitor() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }
}
