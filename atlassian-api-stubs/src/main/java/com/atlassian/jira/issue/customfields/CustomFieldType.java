// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/CustomFieldType.html — members used by Throughline only.
package com.atlassian.jira.issue.customfields;

/**
 * A custom field type; {@code T} is the transport object, {@code S} its singular form.
 *
 * @param <T> transport object
 * @param <S> singular form of the transport object
 */
public interface CustomFieldType<T, S> {
    /** The type's complete key, {@code plugin-key:module-key}. */
    String getKey();
}
