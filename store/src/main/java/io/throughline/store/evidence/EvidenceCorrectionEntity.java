package io.throughline.store.evidence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One correction: the entry that was superseded and the entry that supersedes it. The superseded
 * id is unique, so of two corrections of one entry racing each other the database keeps one.
 * (AO makes unique columns NOT NULL, which is why this is not a unique column on the evidence row.)
 */
@Table("EVIDENCE_FIX")
public interface EvidenceCorrectionEntity extends Entity {

    @NotNull
    @Unique
    int getSupersededId();

    void setSupersededId(int id);

    @NotNull
    int getCorrectionId();

    void setCorrectionId(int id);
}
