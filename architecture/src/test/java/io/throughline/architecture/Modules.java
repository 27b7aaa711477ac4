package io.throughline.architecture;

/** Where each module's classes live: the packages the rules speak of. */
final class Modules {

    static final String CORE = "io.throughline.core..";
    static final String STORE = "io.throughline.store..";
    static final String STORE_STANDALONE = "io.throughline.store.standalone..";
    static final String WEB_COMMON = "io.throughline.web..";
    static final String JIRA_WEB = "io.throughline.jira.web..";
    static final String CONFLUENCE_WEB = "io.throughline.confluence.web..";
    /** The Jira plugin and jira-web: everything that serves Jira. */
    static final String JIRA_SIDE = "io.throughline.jira..";
    /** The Confluence plugin and confluence-web: everything that serves Confluence. */
    static final String CONFLUENCE_SIDE = "io.throughline.confluence..";
    static final String PREVIEW = "io.throughline.preview..";

    private Modules() {
    }
}
