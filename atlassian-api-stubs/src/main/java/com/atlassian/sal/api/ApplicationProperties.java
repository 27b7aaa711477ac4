// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html — members used by Throughline only.
package com.atlassian.sal.api;

/** Facts about the host application, among them its base URL. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
