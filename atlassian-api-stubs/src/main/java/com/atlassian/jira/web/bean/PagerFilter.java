// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html — members used by Throughline only.
// A @PublicApi class (generic since 8.x); PagerFilter(int max) starts at 0 (7.2.6 Javadoc lists the same constructors).
package com.atlassian.jira.web.bean;

/**
 * Which page of results a search returns: from {@code start}, at most {@code max}.
 *
 * @param <T> what is paged
 */
public class PagerFilter<T> {
    private final int max;

    public PagerFilter(int max) {
        this.max = max;
    }

    public int getMax() {
        return max;
    }

    public int getStart() {
        return 0;
    }
}
