package io.throughline.jira.web.velocity;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.context.InternalContextAdapterImpl;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTBlock;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.ASTprocess;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Lists every method a Velocity template calls on its context objects and resolves each to the
 * public Java method Velocity would invoke, typed statically: context variables by the classes
 * given, {@code #foreach} variables by the element type of the iterated method's generic return
 * type, chains by each method's return type. The result is exactly what Jira's
 * {@code <velocity-allowlist>} must list. Anything it cannot follow (unknown variables or methods,
 * {@code #set}, macros, interpolated string arguments) is reported as a problem, never guessed.
 */
public final class TemplateScanner {

    private final String name;
    private final List<TemplateReference> references = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private TemplateScanner(String name) {
        this.name = name;
    }

    /** Scans template text; {@code context} maps each context variable name to its class. */
    public static ScanResult scan(String name, String template, Map<String, Class<?>> context) {
        TemplateScanner scanner = new TemplateScanner(name);
        scanner.walk(parse(name, template), new HashMap<>(context));
        return new ScanResult(scanner.references, scanner.problems);
    }

    /** Scans a template on the class path (e.g. {@code templates/panel/initiative-panel.vm}). */
    public static ScanResult scanResource(String path, Map<String, Class<?>> context) {
        return scan(path, Resources.text(path), context);
    }

    private static SimpleNode parse(String name, String template) {
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.init();
        Template holder = new Template();
        holder.setName(name);
        holder.setRuntimeServices(velocity);
        try {
            SimpleNode root = velocity.parse(new StringReader(template), holder);
            // init() fills in the names (root variable, identifier, method) the parser leaves for later.
            root.init(new InternalContextAdapterImpl(new VelocityContext()), velocity);
            return root;
        } catch (ParseException e) {
            throw new IllegalArgumentException("template " + name + " does not parse: " + e.getMessage(), e);
        }
    }

    private void walk(Node node, Map<String, Class<?>> scope) {
        if (node instanceof ASTReference reference) {
            resolve(reference, scope);
            return;
        }
        if (node instanceof ASTSetDirective) {
            problem(node, "#set is not followed by the scanner; keep templates free of it");
            return;
        }
        if (node instanceof ASTStringLiteral literal && (literal.literal().contains("$") || literal.literal().contains("#"))) {
            problem(node, "interpolated string " + literal.literal() + " is not scanned; use a reference instead");
            return;
        }
        if (node instanceof ASTDirective directive) {
            if (!directive.getDirectiveName().equals("foreach")) {
                problem(node, "#" + directive.getDirectiveName() + " is not supported; use #if, #foreach and references");
                return;
            }
            foreach(directive, scope);
            return;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(node.jjtGetChild(i), scope);
        }
    }

    private void foreach(ASTDirective directive, Map<String, Class<?>> scope) {
        if (directive.jjtGetNumChildren() != 4 || !(directive.jjtGetChild(0) instanceof ASTReference variable)
                || !(directive.jjtGetChild(2) instanceof ASTReference iterated)) {
            problem(directive, "#foreach must iterate a reference: #foreach($item in $model.items)");
            return;
        }
        Optional<Method> source = resolve(iterated, scope);
        if (source.isEmpty()) {
            return;
        }
        Optional<Class<?>> element = elementType(source.get().getGenericReturnType());
        if (element.isEmpty()) {
            problem(iterated, iterated.literal() + " returns " + source.get().getGenericReturnType()
                    + ", whose element type cannot be read; return a List<SomeClass>");
            return;
        }
        Map<String, Class<?>> inner = new HashMap<>(scope);
        inner.put(variable.getRootString(), element.get());
        walk(directive.jjtGetChild(3), inner);
    }

    /** Resolves one reference chain; returns the last method called, if every step resolved. */
    private Optional<Method> resolve(ASTReference reference, Map<String, Class<?>> scope) {
        Class<?> type = scope.get(reference.getRootString());
        if (type == null) {
            problem(reference, "$" + reference.getRootString() + " is not in the context");
            return Optional.empty();
        }
        boolean printed = reference.jjtGetParent() instanceof ASTprocess || reference.jjtGetParent() instanceof ASTBlock;
        Method last = null;
        for (int i = 0; i < reference.jjtGetNumChildren(); i++) {
            Node step = reference.jjtGetChild(i);
            Optional<Method> method;
            if (step instanceof ASTIdentifier identifier) {
                method = property(type, identifier.getIdentifier());
            } else if (step instanceof ASTMethod call) {
                for (int p = 1; p < call.jjtGetNumChildren(); p++) {
                    walk(call.jjtGetChild(p), scope);
                }
                method = call(type, call.getMethodName(), call.jjtGetNumChildren() - 1);
            } else {
                problem(step, "index and other steps are not supported in " + reference.literal());
                return Optional.empty();
            }
            if (method.isEmpty()) {
                problem(reference, reference.literal() + ": " + type.getName() + " has no public "
                        + (step instanceof ASTMethod call ? "method " + call.getMethodName() + "(…)"
                        : "getter for '" + ((ASTIdentifier) step).getIdentifier() + "'"));
                return Optional.empty();
            }
            last = method.get();
            references.add(new TemplateReference(name, reference.getLine(), reference.getColumn(), reference.literal(),
                    last, printed && i == reference.jjtGetNumChildren() - 1));
            type = last.getReturnType();
        }
        if (last == null) {
            problem(reference, reference.literal() + " prints a context object itself; call a method on it");
        }
        return Optional.ofNullable(last);
    }

    /** Velocity's property lookup: getfoo, getFoo, then isFoo for booleans. */
    private static Optional<Method> property(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of("get" + property, "get" + capitalised)) {
            Optional<Method> getter = publicMethod(type, candidate, 0);
            if (getter.isPresent()) {
                return getter;
            }
        }
        return publicMethod(type, "is" + capitalised, 0)
                .filter(m -> m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
    }

    private static Optional<Method> call(Class<?> type, String method, int arguments) {
        return publicMethod(type, method, arguments);
    }

    private static Optional<Method> publicMethod(Class<?> type, String method, int arguments) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> matches = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments)
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static Optional<Class<?>> elementType(Type type) {
        if (type instanceof Class<?> array && array.isArray()) {
            return Optional.of(array.getComponentType());
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Iterable.class.isAssignableFrom(raw) && generic.getActualTypeArguments().length == 1) {
            Type argument = generic.getActualTypeArguments()[0];
            if (argument instanceof WildcardType wildcard) {
                argument = wildcard.getUpperBounds()[0];
            }
            if (argument instanceof Class<?> element && element != Object.class) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private void problem(Node node, String message) {
        problems.add(name + ":" + node.getLine() + ":" + node.getColumn() + " " + message);
    }
}
