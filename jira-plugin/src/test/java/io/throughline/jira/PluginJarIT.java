package io.throughline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.opensymphony.workflow.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the built plugin jar, as Jira will, and checks what it will find there. */
class PluginJarIT {

    private static JarFile jar;
    private static Document descriptor;
    private static Document spring;

    @BeforeAll
    static void openJar() throws Exception {
        jar = new JarFile(builtJar().toFile());
        descriptor = parse("atlassian-plugin.xml");
        spring = parse("META-INF/spring/plugin-context.xml");
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    void manifestMakesItATransformerlessAtlassianPlugin() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo("io.throughline.jira");
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.throughline.jira");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(imports()).contains("com.atlassian.jira.issue", "com.atlassian.jira.security",
                "com.atlassian.jira.plugin.workflow", "com.atlassian.activeobjects.external",
                "com.opensymphony.workflow", "javax.ws.rs", "net.java.ao", "com.atlassian.beehive");
        assertThat(imports()).noneMatch(p -> p.startsWith("java.") || p.startsWith("io.throughline")
                || p.startsWith("com.tngtech") || p.startsWith("org.junit"));
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo("io.throughline.jira");
    }

    @Test
    void noStubOrTestClassIsInside() {
        List<String> foreign = jar.stream().map(ZipEntry::getName)
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith("io/throughline/") || name.startsWith("io/throughline/core/testing/")
                        || name.startsWith("io/throughline/stubs/"))
                .toList();

        assertThat(foreign).isEmpty();
    }

    @Test
    void everyModuleClassIsInsideWithTheSupertypeJiraExpects() throws Exception {
        Map<String, Class<?>> expected = Map.of(
                "workflow-validator@class", WorkflowPluginValidatorFactory.class,
                "validator-class", Validator.class,
                "context-provider@class", ContextProvider.class,
                "condition@class", Condition.class,
                "entity", RawEntity.class,
                "upgradeTask", ActiveObjectsUpgradeTask.class);
        int checked = 0;
        for (Map.Entry<String, Class<?>> entry : expected.entrySet()) {
            for (String className : names(descriptor, entry.getKey())) {
                assertThat(contains(className)).as(className + " in the jar").isTrue();
                assertThat(entry.getValue()).as(className).isAssignableFrom(Class.forName(className));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everySpringBeanClassIsInsideAndEveryHostServiceIsNot() throws Exception {
        for (String className : names(spring, "bean@class")) {
            if (!className.startsWith("java.")) {
                assertThat(contains(className)).as(className + " in the jar").isTrue();
            }
            assertThat(Class.forName(className)).isNotNull();
        }
        List<String> services = names(spring, "osgi:reference@interface");
        assertThat(services).hasSizeGreaterThan(5);
        for (String service : services) {
            assertThat(contains(service)).as(service + " must come from Jira").isFalse();
            assertThat(Class.forName(service).isInterface()).as(service).isTrue();
        }
    }

    @Test
    void restPackagesAndTemplatesAreInside() {
        for (String restPackage : names(descriptor, "package")) {
            String path = restPackage.replace('.', '/') + "/";
            assertThat(jar.stream().anyMatch(e -> e.getName().startsWith(path) && e.getName().endsWith(".class")))
                    .as(restPackage).isTrue();
        }
        for (String location : names(descriptor, "resource@location")) {
            if (!location.startsWith("io/throughline/")) {
                assertThat(jar.getEntry(location)).as(location).isNotNull();
            } else {
                assertThat(jar.getEntry(location + ".properties")).as(location).isNotNull();
            }
        }
    }

    private static List<String> imports() throws IOException {
        String header = jar.getManifest().getMainAttributes().getValue("Import-Package");
        List<String> packages = new ArrayList<>();
        for (String clause : header.split(",(?=[a-zA-Z])")) {
            packages.add(clause.split(";")[0].strip());
        }
        return packages;
    }

    private static boolean contains(String className) {
        return jar.getEntry(className.replace('.', '/') + ".class") != null;
    }

    /** Text of elements ("entity") or values of attributes ("bean@class") anywhere in the document. */
    private static List<String> names(Document document, String path) {
        String[] parts = path.split("@");
        NodeList nodes = document.getElementsByTagName(parts[0]);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            String value = parts.length == 1 ? element.getTextContent().strip() : element.getAttribute(parts[1]);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static Document parse(String entry) throws Exception {
        ZipEntry found = jar.getEntry(entry);
        assertThat(found).as(entry + " in the jar").isNotNull();
        try (InputStream in = jar.getInputStream(found)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Path builtJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "throughline-jira-plugin-*.jar")) {
            for (Path candidate : jars) {
                String name = candidate.getFileName().toString();
                if (!name.endsWith("-tests.jar") && !name.endsWith("-sources.jar")) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no built plugin jar in target/; run mvn verify");
    }
}
