package io.throughline.store.dependency;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One state change of a dependency. {@code CAS_KEY} is "dependency id:version after the change"
 * and unique, so of two writers who both read version n, the database lets exactly one insert
 * version n+1: the compare-and-set is decided by the unique index, on every database and in Jira.
 */
@Table("DEP_CHANGE")
public interface DependencyChangeEntity extends Entity {

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

    /** Milliseconds since the epoch (UTC). */
    @NotNull
    long getChangedAt();

    void setChangedAt(long millis);

    /** Days since 1970-01-01; set on commitments only. */
    Long getCommittedDate();

    void setCommittedDate(Long day);

    @StringLength(450)
    String getReason();

    void setReason(String reason);

    /** Days since 1970-01-01; set on a reopened request that is needed by a new date. */
    Long getNeededBy();

    void setNeededBy(Long day);

    /** Set on a reopened request that asks for something new. */
    @StringLength(450)
    String getDescription();

    void setDescription(String description);
}
