// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html — members used by Throughline only.
// An immutable final class wrapping a string, to tell runner keys from plain strings; of(String) is its factory.
package com.atlassian.scheduler.config;

import java.io.Serializable;

/** The key a runner is registered under. */
public final class JobRunnerKey implements Serializable {
    private JobRunnerKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
