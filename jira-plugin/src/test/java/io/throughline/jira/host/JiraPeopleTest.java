package io.throughline.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.UserRef;
import java.net.URI;
import org.junit.jupiter.api.Test;

class JiraPeopleTest {

    private final UserManager users = mock(UserManager.class);
    private final AvatarService avatars = mock(AvatarService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraPeople people = new JiraPeople(users, avatars, authentication);

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

    @Test
    void aPersonsAvatarIsTheOneJiraShowsTheViewerAtNameSize() {
        ApplicationUser viewer = mock(ApplicationUser.class);
        ApplicationUser gabriel = mock(ApplicationUser.class);
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(gabriel);
        when(avatars.getAvatarURL(viewer, gabriel, Avatar.Size.NORMAL))
                .thenReturn(URI.create("/jira/secure/useravatar?size=small&ownerId=JIRAUSER10100&avatarId=10341"));

        assertThat(people.avatarUrl(UserRef.of("JIRAUSER10100")))
                .contains("/jira/secure/useravatar?size=small&ownerId=JIRAUSER10100&avatarId=10341");
    }

    @Test
    void noPictureForSomeoneJiraNoLongerKnowsOrWhenAvatarsFail() {
        ApplicationUser broken = mock(ApplicationUser.class);
        when(users.getUserByKey("JIRAUSER10300")).thenReturn(broken);
        when(avatars.getAvatarURL(null, broken, Avatar.Size.NORMAL)).thenThrow(new IllegalStateException("avatars off"));

        assertThat(people.avatarUrl(UserRef.of("JIRAUSER10999"))).isEmpty();
        assertThat(people.avatarUrl(UserRef.of("JIRAUSER10300"))).isEmpty();
    }
}
