package io.throughline.jira.web.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One call a template makes on a context object, resolved to the Java method Velocity invokes;
 * {@code printed} is true when the value is written into the page (not only tested or iterated).
 */
public record TemplateReference(String template, int line, int column, String expression, Method method,
                                boolean printed) {

    public TemplateReference {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(method, "method");
    }

    /** The entry Jira's {@code <velocity-allowlist>} needs: {@code FQCN#method(param types)}. */
    public String allowlistEntry() {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","))
                + ")";
    }

    @Override
    public String toString() {
        return template + ":" + line + ":" + column + " " + expression + " -> " + allowlistEntry();
    }
}
