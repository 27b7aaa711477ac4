// Mirrors https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html — members used by Throughline only.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Decides whether a web fragment is shown. Real interface also extends the marker BaseCondition. */
public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
