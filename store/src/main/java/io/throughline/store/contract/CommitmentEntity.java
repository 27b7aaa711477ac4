package io.throughline.store.contract;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One commitment of an initiative: who committed it, when, and its owner, success metric and
 * evidence horizon at that moment, with the ids of the evidence entries then on its ledger. Never
 * updated or deleted (a rekey excepted).
 */
@Table("COMMITMENT")
public interface CommitmentEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    /** Epoch milliseconds. */
    @NotNull
    long getCommittedAt();

    void setCommittedAt(long millis);

    @NotNull
    String getCommittedBy();

    void setCommittedBy(String user);

    String getOwnerKey();

    void setOwnerKey(String owner);

    @StringLength(450)
    String getMetric();

    void setMetric(String metric);

    /** Days since 1970-01-01; null without a horizon. */
    Long getHorizonDay();

    void setHorizonDay(Long day);

    /** The evidence entry ids, comma-separated, in ledger order (a text column: a ledger may be long). */
    @StringLength(StringLength.UNLIMITED)
    String getEvidenceIds();

    void setEvidenceIds(String ids);
}
