package io.throughline.store.contract;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One change to a committed initiative's owner, success metric or horizon: when, by whom, and the
 * values before and after as text (null for none). Appended, never updated (a rekey excepted); its
 * id is what a decision's {@code ACCEPTS_CHANGE} names.
 */
@Table("CONTRACT_CHANGE")
public interface ContractChangeEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    /** Epoch milliseconds; indexed for the digest's window. */
    @NotNull
    @Indexed
    long getChangedAt();

    void setChangedAt(long millis);

    @NotNull
    String getChangedBy();

    void setChangedBy(String user);

    @NotNull
    String getChangedField();

    void setChangedField(String field);

    @StringLength(450)
    String getBeforeValue();

    void setBeforeValue(String value);

    @StringLength(450)
    String getAfterValue();

    void setAfterValue(String value);
}
