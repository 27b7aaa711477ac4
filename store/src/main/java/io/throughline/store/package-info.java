/**
 * Active Objects persistence for the core's ports. Entities never leave this module: repositories
 * map them to core records. The same entities and repositories run in Jira (over its
 * ActiveObjects service) and in the preview and tests (over an AO EntityManager).
 */
package io.throughline.store;
