package io.throughline.store.assumption;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One resolution of an assumption, appended. {@code CAS_KEY} is "assumption id:round" and unique, so
 * of two writers who read the same resolutions the database lets exactly one append the next round.
 */
@Table("ASSUMPTION_FIX")
public interface AssumptionResolutionEntity extends Entity {

    @NotNull
    @Indexed
    int getAssumptionId();

    void setAssumptionId(int id);

    @NotNull
    int getResolutionRound();

    void setResolutionRound(int round);

    @NotNull
    @Unique
    String getCasKey();

    void setCasKey(String key);

    @NotNull
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getEvidenceId();

    void setEvidenceId(long id);

    @NotNull
    String getResolvedBy();

    void setResolvedBy(String user);

    /** Epoch milliseconds. */
    @NotNull
    long getResolvedAt();

    void setResolvedAt(long millis);
}
