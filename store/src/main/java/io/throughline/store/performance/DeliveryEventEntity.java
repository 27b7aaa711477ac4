package io.throughline.store.performance;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One delivery event, inserted once and never changed. {@code EVENT_KEY} is the SHA-256 of the
 * source and id: unique, so a replay racing its first arrival is stored once. A service's events in a
 * window are one range of the (subject, time) or (service, time) index, whatever the service's history:
 * a plan PostgreSQL caches for the statement cannot instead intersect the time index's whole window.
 */
@Table("DELIVERY_EVENT")
@Indexes({
    @Index(name = "subject_at", methodNames = {"getSubject", "getHappenedAt"}),
    @Index(name = "service_at", methodNames = {"getService", "getHappenedAt"})
})
public interface DeliveryEventEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getEventKey();

    void setEventKey(String key);

    @NotNull
    @StringLength(450)
    String getSource();

    void setSource(String source);

    @NotNull
    @StringLength(450)
    String getEventId();

    void setEventId(String id);

    @NotNull
    String getType();

    void setType(String type);

    /** Milliseconds since the epoch (UTC). */
    @NotNull
    @Indexed
    long getHappenedAt();

    void setHappenedAt(long millis);

    /** The service of a deployment or rollback, the incident's id for an incident. */
    @NotNull
    String getSubject();

    void setSubject(String subject);

    String getEnvironment();

    void setEnvironment(String environment);

    /** The service an incident names. */
    String getService();

    void setService(String service);

    @NotNull
    boolean getUnplanned();

    void setUnplanned(boolean unplanned);

    /** The incident ids a deployment fixes, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getFixes();

    void setFixes(String fixes);

    /** The deployment event id an incident names as its cause; indexed so a figures read finds them by join. */
    @Indexed
    @StringLength(450)
    String getCausedBy();

    void setCausedBy(String causedBy);

    /** The issue keys a deployment names itself, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getIssueKeys();

    void setIssueKeys(String keys);

    /** The changes a deployment ships, one per line: id, tab, creation millis, tab, issue keys by commas. */
    @StringLength(StringLength.UNLIMITED)
    String getChanges();

    void setChanges(String changes);
}
