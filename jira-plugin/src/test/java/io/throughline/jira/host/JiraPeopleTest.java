package io.throughline.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.UserRef;
import org.junit.jupiter.api.Test;

class JiraPeopleTest {

    private final UserManager users = mock(UserManager.class);
    private final JiraPeople people = new JiraPeople(users);

    @Test
    void aPersonShowsByTheirDisplayNameNeverByTheirKey() {
        ApplicationUser gabriel = mock(ApplicationUser.class);
        when(gabriel.getDisplayName()).thenReturn("Gabriel Okafor");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(gabriel);

        assertThat(people.displayName(UserRef.of("JIRAUSER10100"))).isEqualTo("Gabriel Okafor");
    }

    @Test
    void someoneJiraNoLongerKnowsShowsAsTheKeyTheRecordKept() {
        ApplicationUser nameless = mock(ApplicationUser.class);
        when(users.getUserByKey("JIRAUSER10200")).thenReturn(nameless);

        assertThat(people.displayName(UserRef.of("JIRAUSER10999"))).isEqualTo("JIRAUSER10999");
        assertThat(people.displayName(UserRef.of("JIRAUSER10200"))).isEqualTo("JIRAUSER10200");
    }
}
