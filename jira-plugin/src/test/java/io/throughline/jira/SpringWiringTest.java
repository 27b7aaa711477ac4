package io.throughline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Jira builds the classes the descriptor names (and the REST resources and providers it scans) by
 * autowiring their constructors from the plugin's Spring beans. Every constructor parameter must
 * therefore match exactly one bean by type, or the module fails to load in Jira.
 */
class SpringWiringTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyModuleConstructorParameterHasExactlyOneBean() throws Exception {
        List<Class<?>> beans = beanTypes();
        List<String> problems = new ArrayList<>();
        List<Class<?>> modules = moduleClasses();
        for (Class<?> module : modules) {
            Constructor<?> constructor = Stream.of(module.getConstructors())
                    .max(Comparator.comparingInt(Constructor::getParameterCount))
                    .orElseThrow(() -> new AssertionError(module + " has no public constructor"));
            for (Class<?> parameter : constructor.getParameterTypes()) {
                long candidates = beans.stream().filter(parameter::isAssignableFrom).count();
                if (candidates != 1) {
                    problems.add(module.getSimpleName() + " needs " + parameter.getName() + ": " + candidates + " beans");
                }
            }
        }

        assertThat(modules).hasSizeGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBeanHasAPublicConstructorTakingItsArgumentsInOrder() throws Exception {
        BeanConstructors spring = new BeanConstructors(
                PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml")));

        assertThat(spring.size()).isGreaterThan(20);
        assertThat(spring.mismatches()).isEmpty();
    }

    @Test
    void theTraceIsWiredOnceWithTheCoresDefaultCapOverJirasDeliveryWork() throws Exception {
        Document spring = PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        List<Element> traces = beansOf(spring, io.throughline.core.trace.TraceService.class.getName());

        assertThat(traces).singleElement().satisfies(trace -> {
            NodeList arguments = trace.getElementsByTagName("constructor-arg");
            assertThat(((Element) arguments.item(3)).getAttribute("value"))
                    .isEqualTo(String.valueOf(io.throughline.core.trace.TraceService.DEFAULT_MAX_ITEMS));
            assertThat(((Element) arguments.item(1)).getAttribute("ref")).isEqualTo("deliveryWork");
        });
        assertThat(beansOf(spring, io.throughline.jira.trace.JiraDeliveryWork.class.getName())).singleElement()
                .extracting(bean -> bean.getAttribute("id")).isEqualTo("deliveryWork");
    }

    @Test
    void everyStoreKeptPerInitiativeFollowsAMove() throws Exception {
        Document spring = PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        List<String> keyed = new ArrayList<>();
        NodeList beans = spring.getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (io.throughline.core.initiative.KeyedByInitiative.class.isAssignableFrom(
                    Class.forName(bean.getAttribute("class")))) {
                keyed.add(bean.getAttribute("id"));
            }
        }
        // A decorator over a store (the scorecard's refreshing ledger and dependencies) passes a move on to
        // the store it wraps, which is rekeyed itself: rekeying both would move it twice.
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            NodeList arguments = bean.getElementsByTagName("constructor-arg");
            if (keyed.contains(bean.getAttribute("id")) && arguments.getLength() > 0
                    && keyed.contains(((Element) arguments.item(0)).getAttribute("ref"))) {
                keyed.remove(bean.getAttribute("id"));
            }
        }
        Element service = beansOf(spring, io.throughline.core.initiative.InitiativeService.class.getName()).get(0);
        List<String> rekeyed = new ArrayList<>();
        NodeList refs = ((Element) service.getElementsByTagName("list").item(0)).getElementsByTagName("ref");
        for (int i = 0; i < refs.getLength(); i++) {
            rekeyed.add(((Element) refs.item(i)).getAttribute("bean"));
        }

        assertThat(keyed).contains("scorecardLines", "deliveryRollUps").doesNotContain("refreshingLedger");
        assertThat(rekeyed).containsExactlyInAnyOrderElementsOf(keyed);
    }

    private static List<Element> beansOf(Document spring, String className) {
        List<Element> found = new ArrayList<>();
        NodeList beans = spring.getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("class").equals(className)) {
                found.add(bean);
            }
        }
        return found;
    }

    private static List<Class<?>> beanTypes() throws Exception {
        Document spring = PluginJar.xml(RESOURCES.resolve("META-INF/spring/plugin-context.xml"));
        List<Class<?>> types = new ArrayList<>();
        for (String name : PluginJar.names(spring, "bean@class")) {
            types.add(Class.forName(name));
        }
        for (String name : PluginJar.names(spring, "osgi:reference@interface")) {
            types.add(Class.forName(name));
        }
        return types;
    }

    private static List<Class<?>> moduleClasses() throws Exception {
        Document descriptor = PluginJar.xml(RESOURCES.resolve("atlassian-plugin.xml"));
        List<String> names = new ArrayList<>();
        names.addAll(PluginJar.names(descriptor, "workflow-validator@class"));
        names.addAll(PluginJar.names(descriptor, "validator-class"));
        names.addAll(PluginJar.names(descriptor, "context-provider@class"));
        names.addAll(PluginJar.names(descriptor, "condition@class"));
        names.addAll(PluginJar.names(descriptor, "servlet@class"));
        for (String restPackage : PluginJar.names(descriptor, "package")) {
            names.addAll(restClasses(restPackage));
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            classes.add(Class.forName(name));
        }
        return classes;
    }

    /** Resources and providers of a REST package: public top-level classes carrying @Path or @Provider. */
    private static List<String> restClasses(String restPackage) throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("target/classes"), webClasses())) {
            Path dir = root.resolve(restPackage.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                    String name = restPackage + "." + file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(name);
                    boolean jaxrs = type.isAnnotationPresent(javax.ws.rs.Path.class)
                            || type.isAnnotationPresent(javax.ws.rs.ext.Provider.class);
                    if (jaxrs && Modifier.isPublic(type.getModifiers())) {
                        found.add(name);
                    }
                }
            }
        }
        assertThat(found).as(restPackage).isNotEmpty();
        return found;
    }

    /** jira-web's compiled classes, next to this module in the reactor. */
    private static Path webClasses() {
        return Path.of("..", "jira-web", "target", "classes");
    }
}
