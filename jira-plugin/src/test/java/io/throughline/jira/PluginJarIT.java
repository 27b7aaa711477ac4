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
import io.throughline.web.testing.PluginJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the built plugin jar, as Jira will, and checks what it will find there. */
class PluginJarIT {

    private static PluginJar bundle;
    private static JarFile jar;
    private static Document descriptor;
    private static Document spring;

    @BeforeAll
    static void openJar() throws Exception {
        bundle = PluginJar.built("throughline-jira-plugin");
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

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo("io.throughline.jira");
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("io.throughline.jira");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(bundle.imports()).contains("com.atlassian.jira.issue", "com.atlassian.jira.security",
                "com.atlassian.jira.plugin.workflow", "com.atlassian.activeobjects.external",
                "com.opensymphony.workflow", "javax.ws.rs", "net.java.ao", "com.atlassian.beehive");
        assertThat(bundle.imports()).noneMatch(p -> p.startsWith("java.") || p.startsWith("io.throughline")
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
    void holdsOnlyJiraSideCodeAndNoStandaloneDatabase() {
        List<String> classes = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();

        assertThat(classes).filteredOn(name -> name.startsWith("io/throughline/confluence/")
                || name.startsWith("io/throughline/store/standalone/") || name.startsWith("com/zaxxer/")
                || name.startsWith("org/h2/") || name.startsWith("org/postgresql/")).isEmpty();
        assertThat(bundle.contains("io.throughline.jira.web.rest.RestApi")).isTrue();
        assertThat(bundle.contains("io.throughline.jira.web.panel.InitiativePanel")).isTrue();
        assertThat(bundle.contains("io.throughline.web.view.Html")).isTrue();
        assertThat(bundle.contains("io.throughline.store.ao.AoAccess")).isTrue();
        assertThat(jar.getEntry("templates/panel/initiative-panel.vm")).isNotNull();
    }

    @Test
    void importsNoDriverAndNothingOptionalButTheSpringFlavours() throws IOException {
        assertThat(bundle.imports()).noneMatch(p -> p.startsWith("com.zaxxer") || p.startsWith("org.h2")
                || p.startsWith("org.postgresql") || p.equals("net.java.ao.builder") || p.equals("net.java.ao.db")
                || p.equals("net.java.ao.atlassian") || p.equals("net.java.ao.schema.info"));
        assertThat(bundle.optionalImports())
                .allMatch(p -> p.startsWith("org.springframework.osgi") || p.startsWith("org.eclipse.gemini.blueprint"));
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
            for (String className : PluginJar.names(descriptor, entry.getKey())) {
                assertThat(bundle.contains(className)).as(className + " in the jar").isTrue();
                assertThat(entry.getValue()).as(className).isAssignableFrom(Class.forName(className));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
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
        assertThat(services).hasSizeGreaterThan(5);
        for (String service : services) {
            assertThat(bundle.contains(service)).as(service + " must come from Jira").isFalse();
            assertThat(Class.forName(service).isInterface()).as(service).isTrue();
        }
    }

    @Test
    void restPackagesAndTemplatesAreInside() {
        for (String restPackage : PluginJar.names(descriptor, "package")) {
            String path = restPackage.replace('.', '/') + "/";
            assertThat(jar.stream().anyMatch(e -> e.getName().startsWith(path) && e.getName().endsWith(".class")))
                    .as(restPackage).isTrue();
        }
        for (String location : PluginJar.names(descriptor, "resource@location")) {
            if (!location.startsWith("io/throughline/")) {
                assertThat(jar.getEntry(location)).as(location).isNotNull();
            } else {
                assertThat(jar.getEntry(location + ".properties")).as(location).isNotNull();
            }
        }
    }
}
