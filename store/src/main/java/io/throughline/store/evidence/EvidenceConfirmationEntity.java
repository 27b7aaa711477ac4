package io.throughline.store.evidence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's confirmation of an assistant's proposed entry. The evidence id is unique, so of two
 * confirmations racing the database keeps one. Rows are inserted and read, never updated or deleted.
 */
@Table("EVIDENCE_CONFIRM")
public interface EvidenceConfirmationEntity extends Entity {

    @NotNull
    @Unique
    int getEvidenceId();

    void setEvidenceId(int id);

    @NotNull
    String getConfirmedBy();

    void setConfirmedBy(String user);

    /** Milliseconds since the epoch (UTC); indexed for the digest's window. */
    @NotNull
    @Indexed
    long getConfirmedAt();

    void setConfirmedAt(long millis);
}
