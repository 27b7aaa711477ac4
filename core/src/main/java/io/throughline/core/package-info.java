/**
 * Throughline's host-independent core: the domain values, the gates, the dependency graph and the
 * services every host calls. Nothing here knows about Jira, Confluence, Active Objects or HTTP.
 */
package io.throughline.core;
