package io.throughline.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the built plugin jar, as Confluence will, and checks what it will find there. */
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

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo("io.throughline.confluence");
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.throughline.confluence");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(imports()).contains("com.atlassian.confluence.macro", "com.atlassian.applinks.api",
                "com.atlassian.applinks.api.application.jira", "com.atlassian.sal.api.net", "com.atlassian.sal.api.user");
        assertThat(imports()).noneMatch(p -> p.startsWith("java.") || p.startsWith("io.throughline")
                || p.startsWith("com.tngtech") || p.startsWith("org.junit") || p.startsWith("com.fasterxml")
                || p.startsWith("net.java.ao") || p.startsWith("org.h2"));
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo("io.throughline.confluence");
    }

    @Test
    void noStubTestOrStoreClassIsInside() {
        List<String> foreign = jar.stream().map(ZipEntry::getName)
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith("io/throughline/") || name.startsWith("io/throughline/core/testing/")
                        || name.startsWith("io/throughline/stubs/") || name.startsWith("io/throughline/store/"))
                .toList();

        assertThat(foreign).isEmpty();
        assertThat(contains("io.throughline.web.macro.dependency.DependencyStatusMacro")).isTrue();
    }

    @Test
    void everyMacroClassIsInsideAndIsAConfluenceMacro() throws Exception {
        List<String> macros = names(descriptor, "xhtml-macro@class");
        assertThat(macros).hasSize(2);
        for (String className : macros) {
            assertThat(contains(className)).as(className + " in the jar").isTrue();
            assertThat(Macro.class).as(className).isAssignableFrom(Class.forName(className));
        }
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
        assertThat(services).hasSize(4);
        for (String service : services) {
            assertThat(contains(service)).as(service + " must come from Confluence").isFalse();
            assertThat(Class.forName(service).isInterface()).as(service).isTrue();
        }
    }

    @Test
    void resourcesTheDescriptorNamesAreInsideAndItsKeysHaveText() throws IOException {
        for (String location : names(descriptor, "resource@location")) {
            if (!location.startsWith("io/throughline/")) {
                assertThat(jar.getEntry(location)).as(location).isNotNull();
            } else {
                assertThat(jar.getEntry(location + ".properties")).as(location).isNotNull();
            }
        }
        assertThat(jar.getEntry("images/throughline.png")).isNotNull();
        Properties bundle = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry("io/throughline/confluence/i18n/throughline-confluence.properties"))) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : names(descriptor, "description@key")) {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
        }
        for (String macro : names(descriptor, "xhtml-macro@name")) {
            assertThat(bundle.getProperty("io.throughline.confluence." + macro + ".label")).as(macro).isNotBlank();
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
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "throughline-confluence-plugin-*.jar")) {
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
