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
    private static final String DEFAULT = io.throughline.core.setting.Setting.EVENT_SOURCE_GROUP.defaultValue();

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

        assertThat(sources.mayPost(UserRef.of("admin"), DEFAULT)).isTrue();
        assertThat(sources.mayPost(UserRef.of("ci.bot"), DEFAULT)).as("group names compare without case").isTrue();
        assertThat(sources.mayPost(UserRef.of("pm"), DEFAULT)).isFalse();
        assertThat(sources.mayPost(UserRef.of("gone"), DEFAULT)).as("a user Jira no longer knows").isFalse();
    }

    @Test
    void anotherGroupCanBeNamed() {
        known("deployer", "release-bots");

        assertThat(sources.mayPost(UserRef.of("deployer"), "release-bots")).isTrue();
        assertThat(sources.mayPost(UserRef.of("deployer"), DEFAULT)).isFalse();
    }
}
