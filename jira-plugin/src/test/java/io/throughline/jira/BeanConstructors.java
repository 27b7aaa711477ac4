package io.throughline.jira;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the Spring XML the way Spring will build it: each bean's type (its class, an OSGi
 * reference's interface, or a static factory method's return type) and, for each bean, whether a
 * public constructor or factory method takes its {@code constructor-arg}s in the order given.
 */
final class BeanConstructors {

    private final Map<String, Class<?>> types = new HashMap<>();
    private final List<Element> beans = new ArrayList<>();

    BeanConstructors(Document spring) throws ClassNotFoundException {
        NodeList references = spring.getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            types.put(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface")));
        }
        NodeList all = spring.getElementsByTagName("bean");
        for (int i = 0; i < all.getLength(); i++) {
            Element bean = (Element) all.item(i);
            beans.add(bean);
            types.put(bean.getAttribute("id"), typeOf(bean));
        }
    }

    /** Beans whose arguments no public constructor (or factory method) of theirs accepts, with why. */
    List<String> mismatches() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        for (Element bean : beans) {
            List<Class<?>> arguments = new ArrayList<>();
            for (Element argument : children(bean, "constructor-arg")) {
                arguments.add(argumentType(argument));
            }
            if (candidates(bean).noneMatch(executable -> accepts(executable, arguments))) {
                problems.add(bean.getAttribute("id") + ": nothing public takes " + arguments);
            }
        }
        return problems;
    }

    int size() {
        return beans.size();
    }

    private Class<?> typeOf(Element bean) throws ClassNotFoundException {
        Class<?> type = Class.forName(bean.getAttribute("class"));
        String factory = bean.getAttribute("factory-method");
        if (factory.isEmpty()) {
            return type;
        }
        return Stream.of(type.getMethods()).filter(m -> m.getName().equals(factory) && Modifier.isStatic(m.getModifiers()))
                .map(Method::getReturnType).findFirst()
                .orElseThrow(() -> new AssertionError(bean.getAttribute("id") + ": no static " + factory));
    }

    private Stream<? extends Executable> candidates(Element bean) throws ClassNotFoundException {
        Class<?> type = Class.forName(bean.getAttribute("class"));
        String factory = bean.getAttribute("factory-method");
        if (factory.isEmpty()) {
            return Stream.of(type.getConstructors());
        }
        return Stream.of(type.getMethods()).filter(m -> m.getName().equals(factory) && Modifier.isStatic(m.getModifiers()));
    }

    private Class<?> argumentType(Element argument) {
        if (argument.hasAttribute("ref")) {
            Class<?> type = types.get(argument.getAttribute("ref"));
            if (type == null) {
                throw new AssertionError("no bean " + argument.getAttribute("ref"));
            }
            return type;
        }
        if (!children(argument, "list").isEmpty()) {
            return List.class;
        }
        return String.class;
    }

    private static boolean accepts(Executable executable, List<Class<?>> arguments) {
        Class<?>[] parameters = executable.getParameterTypes();
        if (parameters.length != arguments.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            // A literal value converts to what the parameter needs; a reference must fit as it is.
            if (arguments.get(i) != String.class && !parameters[i].isAssignableFrom(arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
