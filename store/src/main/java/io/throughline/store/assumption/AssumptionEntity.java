package io.throughline.store.assumption;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One assumption as listed: its initiative, text, who listed it and when. Never updated (a rekey excepted). */
@Table("ASSUMPTION")
public interface AssumptionEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String key);

    @NotNull
    @StringLength(450)
    String getWording();

    void setWording(String text);

    @NotNull
    String getListedBy();

    void setListedBy(String user);

    /** Epoch milliseconds. */
    @NotNull
    long getListedAt();

    void setListedAt(long millis);
}
