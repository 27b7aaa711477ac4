// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html — members used by Throughline only.
// An immutable final class built by factories: forInterval(long intervalInMillis, Date firstRunTime) (a null first run
// means as soon as possible) and forCronExpression(String[, TimeZone]): a Quartz-style expression with seconds first
// ("0 5 0 * * ?" is five past midnight every day); a null time zone means the JVM's default.
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

/** When a job runs. */
public final class Schedule {
    private Schedule() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
