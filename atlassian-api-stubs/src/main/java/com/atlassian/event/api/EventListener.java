// Mirrors https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventListener.html — members used by Throughline only.
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a public one-argument method as an event listener. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
