// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html (@PublicApi interface) — members used by Throughline only.
// An issue type scheme is a FieldConfigScheme of the issue type field.
package com.atlassian.jira.issue.fields.config;

/** A field configuration scheme (here: an issue type scheme). */
public interface FieldConfigScheme {

    String getName();
}
