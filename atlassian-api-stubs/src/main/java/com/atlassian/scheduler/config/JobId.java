// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html — members used by Throughline only.
// An immutable final class wrapping a string, to tell job ids from runner keys; of(String) is its factory. One job per id
// in the whole cluster.
package com.atlassian.scheduler.config;

import java.io.Serializable;

/** The id a job is scheduled under. */
public final class JobId implements Serializable {
    private JobId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
