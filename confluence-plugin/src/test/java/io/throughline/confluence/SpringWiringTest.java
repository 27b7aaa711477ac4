package io.throughline.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import io.throughline.web.testing.PluginJar;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Confluence builds the macro classes the descriptor names by autowiring their constructors from the
 * plugin's Spring beans, and Spring builds each bean from its constructor arguments: every parameter
 * must match exactly one bean by type, and every bean's arguments must fit one of its constructors.
 */
class SpringWiringTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyMacroConstructorParameterHasExactlyOneBean() throws Exception {
        Document spring = PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        List<Class<?>> beans = beanTypes(spring);
        List<String> problems = new ArrayList<>();
        List<String> macros = PluginJar.names(PluginJar.xml(RESOURCES.resolve("atlassian-plugin.xml")), "xhtml-macro@class");
        for (String name : macros) {
            Constructor<?> constructor = Stream.of(Class.forName(name).getConstructors())
                    .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
            for (Class<?> parameter : constructor.getParameterTypes()) {
                long candidates = beans.stream().filter(parameter::isAssignableFrom).count();
                if (candidates != 1) {
                    problems.add(name + " needs " + parameter.getName() + ": " + candidates + " beans");
                }
            }
        }

        assertThat(macros).hasSize(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBeanHasAConstructorOrFactoryMethodForItsArguments() throws Exception {
        Document spring = PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        NodeList nodes = spring.getElementsByTagName("bean");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element bean = (Element) nodes.item(i);
            Class<?> type = Class.forName(bean.getAttribute("class"));
            int arguments = bean.getElementsByTagName("constructor-arg").getLength();
            String factory = bean.getAttribute("factory-method");
            boolean fits = factory.isEmpty()
                    ? Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == arguments)
                    : Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(factory)
                            && m.getParameterCount() == arguments && type.isAssignableFrom(m.getReturnType()));
            if (!fits) {
                problems.add(bean.getAttribute("id"));
            }
        }

        assertThat(nodes.getLength()).isGreaterThan(5);
        assertThat(problems).isEmpty();
    }

    private static List<Class<?>> beanTypes(Document spring) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (String name : PluginJar.names(spring, "bean@class")) {
            types.add(Class.forName(name));
        }
        for (String name : PluginJar.names(spring, "osgi:reference@interface")) {
            types.add(Class.forName(name));
        }
        return types;
    }


}
