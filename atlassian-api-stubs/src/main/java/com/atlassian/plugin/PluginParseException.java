// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/PluginParseException.html — members used by Throughline only.
package com.atlassian.plugin;

/** Unchecked failure to parse a plugin module. Real supertype is com.atlassian.plugin.PluginException (a RuntimeException). */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
