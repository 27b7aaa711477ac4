package io.throughline.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The dependency change table as model version 1 created it (unchanged in 2). Frozen: never edit. */
@Table("DEP_CHANGE")
public interface DependencyChangeV1 extends Entity {

    @NotNull
    @Indexed
    int getDependencyId();

    void setDependencyId(int id);

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getCasKey();

    void setCasKey(String key);

    @NotNull
    String getFromState();

    void setFromState(String state);

    @NotNull
    String getToState();

    void setToState(String state);

    @NotNull
    String getChangedBy();

    void setChangedBy(String user);

    @NotNull
    long getChangedAt();

    void setChangedAt(long millis);

    Long getCommittedDate();

    void setCommittedDate(Long day);

    @StringLength(450)
    String getReason();

    void setReason(String reason);
}
