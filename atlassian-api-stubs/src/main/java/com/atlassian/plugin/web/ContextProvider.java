// Mirrors https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/ContextProvider.html — members used by Throughline only.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Adds entries to a web fragment's render context. */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
