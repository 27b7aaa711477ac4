package io.throughline.store.performance;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The index from an issue key (and its project) to the deployments naming it, itself or through a change: one row per pair. */
@Table("EVENT_ISSUE")
public interface EventIssueEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getEventKey();

    void setEventKey(String key);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    /** The issue key's project ({@code GROW} for {@code GROW-12}): a team's figures find their deployments by it. */
    @NotNull
    @Indexed
    String getProject();

    void setProject(String project);
}
