// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html — members used by Throughline only.
// An immutable final class built by factories: forInterval(long intervalInMillis, Date firstRunTime) (a null first run
// means as soon as possible) and forCronExpression(String[, TimeZone]). The stub keeps interval and first run so tests can
// read them through two stub-only accessors (the real class has getIntervalScheduleInfo(), not mirrored).
package com.atlassian.scheduler.config;

import java.util.Date;

/** When a job runs. */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    /** Stub only, for tests: the interval given. */
    public long stubIntervalInMillis() {
        return intervalInMillis;
    }

    /** Stub only, for tests: the first run given. */
    public Date stubFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }
}
