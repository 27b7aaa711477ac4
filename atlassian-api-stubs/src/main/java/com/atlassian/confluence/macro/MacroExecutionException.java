// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.0/com/atlassian/confluence/macro/MacroExecutionException.html — members used by Throughline only.
package com.atlassian.confluence.macro;

/** A macro could not render; Confluence shows its own error box with the message. */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
