package io.throughline.store.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The stage change table as released before its CHANGED_AT index (the digest's window). Frozen: never edit. */
@Table("STAGE_CHANGE")
public interface StageChangeBeforeDigest extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    String getFromStage();

    void setFromStage(String stage);

    @NotNull
    @Indexed
    String getToStage();

    void setToStage(String stage);

    @NotNull
    String getChangedBy();

    void setChangedBy(String user);

    @NotNull
    long getChangedAt();

    void setChangedAt(long millis);
}
