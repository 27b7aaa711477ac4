package io.throughline.confluence.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links from a macro to Jira, built on the base URL the data source gives. */
public final class JiraLinks {

    private final String base;

    public JiraLinks(String base) {
        this.base = base == null ? "" : base.replaceAll("/+$", "");
    }

    /** The issue's page; {@link HtmlWriter#link} writes it only when it is a safe absolute URL. */
    public String issue(String key) {
        return base + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
