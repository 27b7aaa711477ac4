// Mirrors https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/avatar/AvatarService.html (and the 10.3.0 page of the same
// @PublicApi interface) — members used by Throughline only. getAvatarURL returns the URL "for displaying on a page that should be
// shown for the passed in remoteUser"; relative to Jira's base URL (getAvatarAbsoluteURL is the absolute variant). Public plugin
// source calls the same member family (a leader board gadget: avatarService.getAvatarURL(user, …, Avatar.Size.LARGE)).
// Not stated in the Javadoc: whether remoteUser may be null (anonymous) and whether it can throw; the caller passes the logged-in
// user and treats any runtime failure or a null result as "no avatar".
package com.atlassian.jira.avatar;

import com.atlassian.jira.user.ApplicationUser;
import java.net.URI;

/** Jira's service for users' avatars: here, the link to a user's avatar image. */
public interface AvatarService {

    URI getAvatarURL(ApplicationUser remoteUser, ApplicationUser avatarUser, Avatar.Size size);
}
