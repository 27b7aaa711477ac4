package io.throughline.core.common;

import java.util.Optional;

/**
 * Port: how the host shows a person to other people (Jira: the user's display name). Views show
 * names, never user keys such as {@code JIRAUSER10100}; a person the host no longer knows (a
 * deleted user) shows as the key the record kept.
 */
@FunctionalInterface
public interface People {

    /** For hosts and tests without a user directory: people show as their keys. */
    People KEYS = UserRef::key;

    String displayName(UserRef person);

    /**
     * The link to the picture the host shows beside the person's name (Jira: the user's avatar, a
     * path on Jira itself), or none where the host shows none.
     */
    default Optional<String> avatarUrl(UserRef person) {
        return Optional.empty();
    }
}
