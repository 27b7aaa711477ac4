package io.throughline.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.jira.host.JiraInitiatives;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the app's copy of every initiative in step with its issue, records each stage change
 * (a status that maps to another stage) with who made it and when, and moves everything the app
 * keeps when the issue moves to another project. Each use case runs in its own transaction.
 * Recording is idempotent and ordered by each event's own time, and a race with another cluster
 * node is settled here, never thrown back at Jira. Every issue event, of an initiative or not, then
 * goes on to the roll-ups, after the copy is recorded (a moved initiative's roll-up follows its new
 * key and team).
 */
public final class InitiativeEventListener {

    /** Who a change is attributed to when Jira reports none (automation, imports). */
    static final UserRef SYSTEM = new UserRef("jira-system");

    private static final Logger LOG = Logger.getLogger(InitiativeEventListener.class.getName());

    private final EventPublisher publisher;
    private final InitiativeService app;
    private final JiraInitiatives initiatives;
    private final IssueManager issues;
    private final RollUpListener rollUps;

    public InitiativeEventListener(EventPublisher publisher, InitiativeService app, JiraInitiatives initiatives,
                                   IssueManager issues, RollUpListener rollUps) {
        this.publisher = publisher;
        this.app = app;
        this.initiatives = initiatives;
        this.issues = issues;
        this.rollUps = rollUps;
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
        try {
            recordInitiative(event);
        } finally {
            rollUps.issueChanged(event);
        }
    }

    private void recordInitiative(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || !initiatives.isInitiative(issue)
                || Objects.equals(event.getEventTypeId(), EventType.ISSUE_DELETED_ID)) {
            return;
        }
        UserRef actor = event.getUser() == null ? SYSTEM : new UserRef(event.getUser().getKey());
        try {
            Initiative current = initiatives.current(issue);
            List<InitiativeKey> earlierKeys = earlierKeysTheAppKnows(issue, current.key());
            if (!earlierKeys.isEmpty()) {
                // A move between projects renames the issue: the ledger, history and dependencies follow it,
                // all or nothing. It commits before the change is recorded, whose first read (plain SQL on a
                // connection the host lends, which need not be this transaction's) must see the new key.
                app.recordMoves(earlierKeys, current.key());
            }
            // The copy and its stage history are written together, in the use case's own transaction.
            record(actor, current, event.getTime() == null ? null : event.getTime().toInstant());
        } catch (RuntimeException e) {
            // A listener must never break the user's action; the next event brings the copy up to date.
            LOG.log(Level.WARNING, "Throughline could not record the change to " + issue.getKey(), e);
        }
    }

    /**
     * Records the change at the event's own time, so an event delivered late or twice changes
     * nothing. A conflict means another node recorded a change to this initiative at the same moment:
     * the second try reads the app's copy again and records what is still missing (usually nothing,
     * the other node having recorded this very change).
     */
    private void record(UserRef actor, Initiative current, Instant at) {
        try {
            recordOnce(actor, current, at);
        } catch (ThroughlineException.Conflict raced) {
            try {
                recordOnce(actor, current, at);
            } catch (ThroughlineException.Conflict again) {
                LOG.log(Level.INFO, () -> "Throughline: " + current.key().value()
                        + " changed on another node at the same moment twice; the next event brings the copy up to date");
            }
        }
    }

    private void recordOnce(UserRef actor, Initiative current, Instant at) {
        if (at == null) {
            app.recordHostChange(actor, current);
        } else {
            app.recordHostChange(actor, current, at);
        }
    }

    private List<InitiativeKey> earlierKeysTheAppKnows(Issue issue, InitiativeKey current) {
        Set<String> keys = issue.getId() == null ? null : issues.getAllIssueKeys(issue.getId());
        if (keys == null) {
            return List.of();
        }
        return keys.stream()
                .filter(InitiativeKey::isValid)
                .map(InitiativeKey::parse)
                .filter(key -> !key.equals(current) && app.exists(key))
                .toList();
    }
}
