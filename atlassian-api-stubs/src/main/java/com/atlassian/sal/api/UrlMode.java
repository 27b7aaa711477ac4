// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html — members used by Throughline only.
package com.atlassian.sal.api;

/** How a base URL is given: relative (the context path) or absolute, canonical or as requested. */
public enum UrlMode {
    RELATIVE,
    RELATIVE_CANONICAL,
    ABSOLUTE,
    CANONICAL,
    AUTO
}
