package io.throughline.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.jira.host.JiraInitiatives;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the app's copy of every initiative in step with its issue, and records each stage change
 * (a status that maps to another stage) with who made it and when.
 */
public final class InitiativeEventListener {

    /** Who a change is attributed to when Jira reports none (automation, imports). */
    static final UserRef SYSTEM = new UserRef("jira-system");

    private static final Logger LOG = Logger.getLogger(InitiativeEventListener.class.getName());

    private final EventPublisher publisher;
    private final Throughline app;
    private final JiraInitiatives initiatives;

    public InitiativeEventListener(EventPublisher publisher, Throughline app, JiraInitiatives initiatives) {
        this.publisher = publisher;
        this.app = app;
        this.initiatives = initiatives;
    }

    /** Spring init-method. */
    public void register() {
        publisher.register(this);
    }

    /** Spring destroy-method. */
    public void unregister() {
        publisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || !initiatives.isInitiative(issue)
                || Objects.equals(event.getEventTypeId(), EventType.ISSUE_DELETED_ID)) {
            return;
        }
        UserRef actor = event.getUser() == null ? SYSTEM : new UserRef(event.getUser().getKey());
        try {
            app.initiatives().recordHostChange(actor, initiatives.current(issue));
        } catch (RuntimeException e) {
            // A listener must never break the user's action; the next event brings the copy up to date.
            LOG.log(Level.WARNING, "Throughline could not record the change to " + issue.getKey(), e);
        }
    }
}
