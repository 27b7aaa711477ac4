// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html — members used by Throughline only.
// An immutable final class wrapping a string, to tell job ids from runner keys; of(String) is its factory. Value equality
// is kept here so tests can compare ids.
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** The id a job is scheduled under: one job per id in the whole cluster. */
public final class JobId implements Serializable {
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
