package io.throughline.jira.trace;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import io.throughline.core.trace.StatusCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each issue first went into progress, from the change history of all the found issues (read in
 * one call): the first status change into a status of the In Progress category, or the issue's
 * creation when it was created in such a status. Each status id of the history is resolved to its
 * category once per call.
 */
final class StatusStarts {

    private record Move(Instant at, StatusCategory from, StatusCategory to) {
    }

    private static final String STATUS_FIELD = "status";

    private final Map<Long, List<Move>> moves;

    private StatusStarts(Map<Long, List<Move>> moves) {
        this.moves = moves;
    }

    static StatusStarts of(List<ChangeHistory> histories, StatusManager statuses) {
        Map<String, StatusCategory> categories = new HashMap<>();
        Map<Long, List<Move>> moves = new HashMap<>();
        for (ChangeHistory history : histories) {
            if (history.getIssueId() == null || history.getTimePerformed() == null || history.getChangeItemBeans() == null) {
                continue;
            }
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                if (STATUS_FIELD.equalsIgnoreCase(item.getField())) {
                    moves.computeIfAbsent(history.getIssueId(), id -> new ArrayList<>()).add(new Move(
                            history.getTimePerformed().toInstant(), categoryOf(item.getFrom(), categories, statuses),
                            categoryOf(item.getTo(), categories, statuses)));
                }
            }
        }
        moves.values().forEach(list -> list.sort(Comparator.comparing(Move::at)));
        return new StatusStarts(moves);
    }

    /** When the issue first went into progress; {@code created} and {@code now} stand in where its history is silent. */
    Optional<Instant> startedAt(Long issueId, Optional<Instant> created, StatusCategory now) {
        List<Move> history = moves.getOrDefault(issueId, List.of());
        if (history.isEmpty()) {
            return now == StatusCategory.IN_PROGRESS ? created : Optional.empty();
        }
        if (history.get(0).from() == StatusCategory.IN_PROGRESS) {
            return created;
        }
        return history.stream().filter(move -> move.to() == StatusCategory.IN_PROGRESS).map(Move::at).findFirst();
    }

    /** Jira's category keys: "new" (To Do), "indeterminate" (In Progress), "done"; "undefined" and none count as To Do. */
    static StatusCategory category(Status status) {
        var category = status == null ? null : status.getStatusCategory();
        String key = category == null ? null : category.getKey();
        if ("indeterminate".equals(key)) {
            return StatusCategory.IN_PROGRESS;
        }
        return "done".equals(key) ? StatusCategory.DONE : StatusCategory.TO_DO;
    }

    private static StatusCategory categoryOf(String statusId, Map<String, StatusCategory> known, StatusManager statuses) {
        if (statusId == null) {
            return StatusCategory.TO_DO;
        }
        return known.computeIfAbsent(statusId, id -> category(statuses.getStatus(id)));
    }
}
