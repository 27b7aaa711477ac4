package io.throughline.store.initiative;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One recorded stage change; never updated. */
@Table("STAGE_CHANGE")
public interface StageChangeEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    /** Null for the stage an initiative was created in. */
    String getFromStage();

    void setFromStage(String stage);

    @NotNull
    @Indexed
    String getToStage();

    void setToStage(String stage);

    @NotNull
    String getChangedBy();

    void setChangedBy(String user);

    /** Milliseconds since the epoch (UTC), so no database time zone can shift it; indexed for the digest's window. */
    @NotNull
    @Indexed
    long getChangedAt();

    void setChangedAt(long millis);
}
