package io.throughline.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import io.throughline.web.testing.PluginJar;
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

    private static PluginJar bundle;
    private static JarFile jar;
    private static Document descriptor;
    private static Document spring;

    @BeforeAll
    static void openJar() throws Exception {
        bundle = PluginJar.built("throughline-confluence-plugin");
        jar = bundle.file();
        descriptor = bundle.xml("atlassian-plugin.xml");
        spring = bundle.xml("META-INF/spring/plugin-context.xml");
    }

    @AfterAll
    static void closeJar() throws IOException {
        bundle.close();
    }

    @Test
    void manifestMakesItATransformerlessAtlassianPlugin() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo("io.throughline.confluence");
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.throughline.confluence");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(bundle.imports()).contains("com.atlassian.confluence.macro", "com.atlassian.applinks.api",
                "com.atlassian.applinks.api.application.jira", "com.atlassian.sal.api.net", "com.atlassian.sal.api.user");
        assertThat(bundle.imports()).noneMatch(p -> p.startsWith("java.") || p.startsWith("io.throughline")
                || p.startsWith("com.tngtech") || p.startsWith("org.junit") || p.startsWith("com.fasterxml.jackson.databind")
                || p.startsWith("net.java.ao") || p.startsWith("org.h2"));
        // The macros' JSON reader uses the host's Jackson streaming parser, any 2.x from 2.13 on.
        assertThat(main.getValue("Import-Package")).contains("com.fasterxml.jackson.core;version=\"[2.13,3)\"");
        assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(name -> name.startsWith("com/fasterxml/"));
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
        assertThat(bundle.contains("io.throughline.confluence.web.dependency.DependencyStatusMacro")).isTrue();
        assertThat(bundle.contains("io.throughline.confluence.web.scorecard.ScorecardMacro")).isTrue();
        assertThat(bundle.contains("io.throughline.web.view.Sparkline")).isTrue();
    }

    @Test
    void holdsNoJiraSideCodeAndImportsNothingItNeverLoads() throws IOException {
        List<String> classes = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();

        assertThat(classes).filteredOn(name -> name.startsWith("io/throughline/jira/")).isEmpty();
        assertThat(bundle.contains("io.throughline.web.view.Html")).isTrue();
        assertThat(jar.getEntry("templates/panel/initiative-panel.vm")).isNull();
        assertThat(bundle.imports()).noneMatch(p -> p.startsWith("javax.ws.rs") || p.equals("javax.inject"));
        assertThat(bundle.optionalImports())
                .allMatch(p -> p.startsWith("org.springframework.osgi") || p.startsWith("org.eclipse.gemini.blueprint"));
    }

    @Test
    void everyMacroClassIsInsideAndIsAConfluenceMacro() throws Exception {
        List<String> macros = PluginJar.names(descriptor, "xhtml-macro@class");
        assertThat(macros).hasSize(4);
        for (String className : macros) {
            assertThat(bundle.contains(className)).as(className + " in the jar").isTrue();
            assertThat(Macro.class).as(className).isAssignableFrom(Class.forName(className));
        }
    }

    @Test
    void everySpringBeanClassIsInsideAndEveryHostServiceIsNot() throws Exception {
        for (String className : PluginJar.names(spring, "bean@class")) {
            if (!className.startsWith("java.")) {
                assertThat(bundle.contains(className)).as(className + " in the jar").isTrue();
            }
            assertThat(Class.forName(className)).isNotNull();
        }
        List<String> services = PluginJar.names(spring, "osgi:reference@interface");
        assertThat(services).hasSize(4);
        for (String service : services) {
            assertThat(bundle.contains(service)).as(service + " must come from Confluence").isFalse();
            assertThat(Class.forName(service).isInterface()).as(service).isTrue();
        }
    }

    @Test
    void resourcesTheDescriptorNamesAreInsideAndItsKeysHaveText() throws IOException {
        for (String location : PluginJar.names(descriptor, "resource@location")) {
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
        for (String key : PluginJar.names(descriptor, "description@key")) {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
        }
        for (String macro : PluginJar.names(descriptor, "xhtml-macro@name")) {
            assertThat(bundle.getProperty("io.throughline.confluence." + macro + ".label")).as(macro).isNotBlank();
        }
    }
}
