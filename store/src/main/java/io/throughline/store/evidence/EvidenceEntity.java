package io.throughline.store.evidence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One ledger entry. Rows are inserted and read, never updated or deleted. */
@Table("EVIDENCE")
public interface EvidenceEntity extends Entity {

    /** The longest link SOURCE_URL holds; the widest VARCHAR Active Objects creates on every database. */
    int SHORT_LINK = 450;

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(450)
    String getSummary();

    void setSummary(String summary);

    /** The source link when it fits an indexable column ({@value #SHORT_LINK} characters); else null. */
    @StringLength(SHORT_LINK)
    String getSourceUrl();

    void setSourceUrl(String url);

    /**
     * A longer source link (up to 2,048 characters), in a text column of its own: added in place of
     * widening SOURCE_URL, which Active Objects cannot change from VARCHAR to CLOB on every database.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSourceLink();

    void setSourceLink(String url);

    /** A decision's people (user keys), one per line; null for any other entry. */
    @StringLength(StringLength.UNLIMITED)
    String getDecidedBy();

    void setDecidedBy(String people);

    /** A decision's options, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionOptions();

    void setDecisionOptions(String options);

    @StringLength(450)
    String getChosenOption();

    void setChosenOption(String option);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    /** Days since 1970-01-01. */
    Long getRevisitDay();

    void setRevisitDay(Long day);

    /** The contract change a decision accepts (its CONTRACT_CHANGE row id); null for any other entry. */
    Long getAcceptsChange();

    void setAcceptsChange(Long change);

    /** How the entry was made ({@code PERSON}, {@code INTEGRATION}, {@code ASSISTANT}); null on rows older than the column, which are a person's. */
    String getProvenance();

    void setProvenance(String provenance);

    /** The tool an integration's or an assistant's entry names. */
    @StringLength(100)
    String getTool();

    void setTool(String tool);

    /** The version of the initiative's context the entry was written against, if it names one. */
    @StringLength(16)
    String getContextVersion();

    void setContextVersion(String version);

    /** The observed value as a plain decimal string, so its scale survives every database. */
    String getObservedValue();

    void setObservedValue(String value);

    /** Days since 1970-01-01. */
    @NotNull
    long getObservedOn();

    void setObservedOn(long day);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String user);

    /** Milliseconds since the epoch (UTC); indexed for the digest's window. */
    @NotNull
    @Indexed
    long getRecordedAt();

    void setRecordedAt(long millis);

    /** Id of the entry this one corrects; null for an original entry. */
    @Indexed
    Integer getSupersedesId();

    void setSupersedesId(Integer id);
}
