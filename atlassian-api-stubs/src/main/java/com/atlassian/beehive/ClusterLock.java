// Mirrors https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLock.html — members used by Throughline only.
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** A lock held across the cluster; used through {@link Lock#lock()} and {@link Lock#unlock()}. */
public interface ClusterLock extends Lock {
}
