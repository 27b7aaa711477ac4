// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.0/com/atlassian/confluence/content/render/xhtml/ConversionContext.html — members used by Throughline only.
package com.atlassian.confluence.content.render.xhtml;

/** The render in progress (page, output type such as display, pdf or word). */
public interface ConversionContext {
}
