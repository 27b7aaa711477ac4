package io.throughline.jira.host;

import com.atlassian.jira.issue.Issue;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMappingRepository;

/**
 * An initiative issue as the core should see it now: its fields, and the stage its workflow
 * status maps to (an unmapped status keeps the stage last recorded, or BET for a new one).
 */
public final class JiraInitiatives {

    private final InitiativeFields fields;
    private final InitiativeRepository stored;
    private final StageMappingRepository mappings;

    public JiraInitiatives(InitiativeFields fields, InitiativeRepository stored, StageMappingRepository mappings) {
        this.fields = fields;
        this.stored = stored;
        this.mappings = mappings;
    }

    public boolean isInitiative(Issue issue) {
        return fields.isInitiative(issue);
    }

    public Initiative current(Issue issue) {
        String status = issue.getStatus() == null ? null : issue.getStatus().getName();
        Stage stage = mappings.mapping().stageFor(status)
                .or(() -> stored.find(InitiativeKey.parse(issue.getKey())).map(Initiative::stage))
                .orElse(Stage.BET);
        return fields.read(issue, stage);
    }

    public InitiativeFields fields() {
        return fields;
    }
}
