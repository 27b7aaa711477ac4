package io.throughline.confluence.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseTimeoutException;
import io.throughline.confluence.web.jira.JiraDataSource;
import io.throughline.confluence.web.jira.JiraReplies;
import io.throughline.confluence.web.jira.JiraReply;
import java.net.URI;
import java.time.Duration;

/**
 * Reads Jira over the primary application link to Jira, authenticated as the viewing user (so Jira
 * filters by their permissions). Without authorisation the reply carries the link to give it.
 */
public final class ApplinksJiraDataSource implements JiraDataSource {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final ApplicationLinkService links;

    public ApplinksJiraDataSource(ApplicationLinkService links) {
        this.links = links;
    }

    /** The viewer is the current user, whom the link's authentication already speaks for. */
    @Override
    public JiraReply get(String viewer, String path) {
        ApplicationLink jira = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            return new JiraReply.NotLinked();
        }
        ApplicationLinkRequestFactory factory = jira.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = factory.createRequest(Request.MethodType.GET, REST_BASE + path);
            request.setConnectionTimeout((int) CONNECT_TIMEOUT.toMillis());
            request.setSoTimeout((int) READ_TIMEOUT.toMillis());
            request.setHeader("Accept", "application/json");
            return request.execute(new Handler(factory));
        } catch (CredentialsRequiredException e) {
            return new JiraReply.CredentialsRequired(String.valueOf(e.getAuthorisationURI()));
        } catch (ResponseTimeoutException e) {
            return new JiraReply.TimedOut(READ_TIMEOUT);
        } catch (ResponseException | RuntimeException e) {
            return new JiraReply.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String browserBaseUrl() {
        ApplicationLink jira = links.getPrimaryApplicationLink(JiraApplicationType.class);
        URI display = jira == null ? null : jira.getDisplayUrl();
        return display == null ? "" : display.toString();
    }

    private record Handler(ApplicationLinkRequestFactory factory) implements ApplicationLinkResponseHandler<JiraReply> {

        @Override
        public JiraReply credentialsRequired(Response response) {
            return new JiraReply.CredentialsRequired(String.valueOf(factory.getAuthorisationURI()));
        }

        @Override
        public JiraReply handle(Response response) throws ResponseException {
            return JiraReplies.of(response.getStatusCode(), response.getResponseBodyAsString());
        }
    }
}
