package io.throughline.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.UserRef;
import io.throughline.jira.JiraIssues;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraEventSourcesTest {

    private final UserManager users = mock(UserManager.class);
    private final GlobalPermissionManager global = mock(GlobalPermissionManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final JiraEventSources sources = new JiraEventSources(users, global, groups);

    private ApplicationUser known(String key, String... groupNames) {
        ApplicationUser user = JiraIssues.user(key);
        when(users.getUserByKey(key)).thenReturn(user);
        when(groups.getGroupNamesForUser(user)).thenReturn(List.of(groupNames));
        return user;
    }

    @Test
    void administratorsAndTheEventSourceGroupMayPostNobodyElse() {
        ApplicationUser admin = known("admin");
        when(global.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        known("ci.bot", "jira-software-users", "Throughline-Event-Sources");
        known("pm", "jira-software-users", "throughline-event-sources-old");

        assertThat(sources.mayPost(UserRef.of("admin"))).isTrue();
        assertThat(sources.mayPost(UserRef.of("ci.bot"))).as("group names compare without case").isTrue();
        assertThat(sources.mayPost(UserRef.of("pm"))).isFalse();
        assertThat(sources.mayPost(UserRef.of("gone"))).as("a user Jira no longer knows").isFalse();
    }

    @Test
    void anotherGroupCanBeNamed() {
        known("deployer", "release-bots");

        assertThat(new JiraEventSources(users, global, groups, "release-bots").mayPost(UserRef.of("deployer"))).isTrue();
        assertThat(sources.mayPost(UserRef.of("deployer"))).isFalse();
    }
}
