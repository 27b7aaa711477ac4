package io.throughline.store.scorecard;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One initiative's scorecard line of one day: a derived roll-up, replaced whole (deleted and inserted)
 * when recomputed. AO 3.2 has no unique index over two columns, so {@code LINE_KEY} ("initiative
 * key@day", e.g. {@code GROW-1@2026-11-30}) is the unique one that keeps one row per initiative and day
 * however many nodes write at once; the (initiative, day) index serves an initiative's reads and the
 * as-of read, the (weekly, day) one the newest week. Days are epoch days and instants epoch milliseconds,
 * as everywhere in the store, so they compare as numbers and no time zone shifts them; decimals are
 * {@code BigDecimal#toString} text, which reads back to the same value and scale.
 */
@Table("SCORE_LINE")
@Indexes({
    @Index(name = "initiative_day", methodNames = {"getInitiativeKey", "getLineDay"}),
    @Index(name = "weekly_day", methodNames = {"getWeekly", "getLineDay"})
})
public interface ScorecardLineEntity extends Entity {

    @NotNull
    @Unique
    String getLineKey();

    void setLineKey(String key);

    @NotNull
    String getInitiativeKey();

    void setInitiativeKey(String key);

    @NotNull
    String getTeam();

    void setTeam(String team);

    /** The day the line is as of, in days since 1970-01-01. */
    @NotNull
    long getLineDay();

    void setLineDay(long day);

    /** Whether the day starts a week: the line is then kept as that week's snapshot. */
    @NotNull
    boolean getWeekly();

    void setWeekly(boolean weekly);

    @NotNull
    long getComputedAt();

    void setComputedAt(long millis);

    @NotNull
    String getStage();

    void setStage(String stage);

    @NotNull
    long getStageSince();

    void setStageSince(long millis);

    String getBaseline();

    void setBaseline(String value);

    String getLatest();

    void setLatest(String value);

    String getTarget();

    void setTarget(String value);

    String getMetricUnit();

    void setMetricUnit(String unit);

    Integer getProgressPercent();

    void setProgressPercent(Integer percent);

    /** The evidence horizon in days since 1970-01-01; null without one. */
    Long getHorizonDay();

    void setHorizonDay(Long day);

    /** The sparkline's readings ({@link ReadingsColumn}); null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getReadings();

    void setReadings(String readings);

    @NotNull
    int getItemCount();

    void setItemCount(int count);

    @NotNull
    int getDoneCount();

    void setDoneCount(int count);

    Integer getPercentDone();

    void setPercentDone(Integer percent);

    @NotNull
    int getDeployments();

    void setDeployments(int count);

    @NotNull
    int getFailedCount();

    void setFailedCount(int count);

    String getFailRate();

    void setFailRate(String rate);

    Long getDecisionDays();

    void setDecisionDays(Long days);

    @NotNull
    int getDependencyCount();

    void setDependencyCount(int count);

    @NotNull
    int getOpenDependencies();

    void setOpenDependencies(int count);

    String getWorstHealth();

    void setWorstHealth(String health);

    String getAckMedianDays();

    void setAckMedianDays(String days);

    @NotNull
    int getLateDiscovered();

    void setLateDiscovered(int count);

    @NotNull
    int getWithoutContract();

    void setWithoutContract(int count);

    /** The signals raised, as {@link io.throughline.core.scorecard.SignalCodec} writes them; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSignals();

    void setSignals(String signals);
}
