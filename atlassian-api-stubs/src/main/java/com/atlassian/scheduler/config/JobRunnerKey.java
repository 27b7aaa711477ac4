// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html — members used by Throughline only.
// An immutable final class wrapping a string, to tell runner keys from plain strings; of(String) is its factory. Value
// equality is kept here so tests can compare keys.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** The key a runner is registered under. */
public final class JobRunnerKey implements Serializable {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
