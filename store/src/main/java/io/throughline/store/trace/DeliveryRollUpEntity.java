package io.throughline.store.trace;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The stored delivery roll-up of one initiative: aggregate figures only (counts, points as exact
 * decimal text, dates as epoch milliseconds), never an issue key or summary of the work. Derived
 * and replaced whole (deleted and inserted) when recomputed; the unique initiative key keeps one row
 * per initiative however many nodes write at once.
 */
@Table("DELIVERY_ROLLUP")
public interface DeliveryRollUpEntity extends Entity {

    @NotNull
    @Unique
    String getInitiativeKey();

    void setInitiativeKey(String key);

    @NotNull
    String getTeam();

    void setTeam(String team);

    @NotNull
    int getItemCount();

    void setItemCount(int count);

    @NotNull
    int getToDoCount();

    void setToDoCount(int count);

    @NotNull
    int getInProgressCount();

    void setInProgressCount(int count);

    @NotNull
    int getDoneCount();

    void setDoneCount(int count);

    /** Points in all, as {@code BigDecimal#toPlainString}; null when the host has no estimate field. */
    String getPointsTotal();

    void setPointsTotal(String points);

    String getPointsDone();

    void setPointsDone(String points);

    Long getLastActivity();

    void setLastActivity(Long millis);

    @NotNull
    boolean getTruncated();

    void setTruncated(boolean truncated);

    @NotNull
    long getComputedAt();

    void setComputedAt(long millis);
}
