package io.throughline.jira.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.RequestContext;
import java.util.Locale;
import java.util.Optional;

/** Who is calling the REST API, and in which language, as Jira's authentication context knows it. */
public final class JiraRequestContext implements RequestContext {

    private final JiraAuthenticationContext authentication;
    private final Clock clock;

    public JiraRequestContext(JiraAuthenticationContext authentication, Clock clock) {
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return user(authentication.getLoggedInUser());
    }

    @Override
    public Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    static Optional<UserRef> user(ApplicationUser user) {
        return Optional.ofNullable(user).map(ApplicationUser::getKey).map(UserRef::new);
    }
}
