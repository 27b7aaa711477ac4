// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html — members used by Throughline only.
package com.atlassian.sal.api.lifecycle;

/** Component told when the host (and plugin) has started and before it stops. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
