// Mirrors https://developer.atlassian.com/server/framework/atlassian-sdk/rest-v2-migration-guide/ — members used by Throughline only.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REST v2 access annotation: only administrators may call the resource. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
