// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.0/com/atlassian/confluence/macro/Macro.html — members used by Throughline only.
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** An XHTML macro: parameters and body in, HTML out. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** What the macro body holds. */
    enum BodyType {
        NONE,
        PLAIN_TEXT,
        RICH_TEXT
    }

    /** Whether the output is a block or sits inline. */
    enum OutputType {
        BLOCK,
        INLINE
    }
}
