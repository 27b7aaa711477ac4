package io.throughline.jira.web.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a text field of a request body that is a number in all but type (a reading, an entry's id):
 * a JSON number there is read as its digits. Every other text field refuses a number or a boolean
 * (see {@code BodyReadGuard}), since {@code "summary": 1} is a mistake, not a summary.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NumberAccepted {
}
