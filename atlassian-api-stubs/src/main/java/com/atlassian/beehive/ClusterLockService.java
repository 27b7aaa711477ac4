// Mirrors https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLockService.html — members used by Throughline only.
package com.atlassian.beehive;

/** Cluster-wide locks, shared by every node of a Data Center cluster. */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
