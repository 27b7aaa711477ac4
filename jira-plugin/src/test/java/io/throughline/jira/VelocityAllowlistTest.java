package io.throughline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.jira.web.panel.InitiativePanel;
import io.throughline.jira.web.velocity.TemplateScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Platform 7 lets templates call only allowlisted methods. The descriptor's allowlist must hold
 * exactly what our templates call on our objects: nothing missing (the panel would break in Jira)
 * and nothing extra (every entry widens what a template may reach).
 */
class VelocityAllowlistTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ENTRY = Pattern.compile("<method>([^<]+)</method>");
    private static final Pattern JIRA_REFERENCE = Pattern.compile("\\$!?\\{?([A-Za-z_][A-Za-z0-9_]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

    @Test
    void descriptorAllowsExactlyWhatThePanelTemplateCalls() throws IOException {
        SortedSet<String> needed = TemplateScanner.scanResource("templates/panel/initiative-panel.vm",
                Map.of("panel", InitiativePanel.class)).requireResolved().allowlist();

        assertThat(needed).hasSizeGreaterThan(50);
        assertThat(allowlisted()).containsExactlyElementsOf(needed);
    }

    @Test
    void jiraTemplatesCallNothingButJirasOwnI18nHelper() throws IOException {
        List<String> calls = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates/jira"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                Matcher reference = JIRA_REFERENCE.matcher(Files.readString(template));
                while (reference.find()) {
                    if (!reference.group(2).isEmpty()) {
                        calls.add(reference.group(1) + reference.group(2));
                    }
                }
            }
        }

        assertThat(calls).isNotEmpty().allMatch("i18n.getText"::equals);
    }

    @Test
    void everyTemplateTheDescriptorNamesExists() throws IOException {
        Matcher velocity = Pattern.compile("type=\"velocity\" name=\"[^\"]+\" location=\"([^\"]+)\"")
                .matcher(descriptor());
        int found = 0;
        while (velocity.find()) {
            String location = velocity.group(1);
            boolean here = Files.exists(RESOURCES.resolve(location));
            boolean shared = getClass().getClassLoader().getResource(location) != null;
            assertThat(here || shared).as(location).isTrue();
            found++;
        }
        assertThat(found).isEqualTo(10);
    }

    private static SortedSet<String> allowlisted() throws IOException {
        SortedSet<String> entries = new TreeSet<>();
        Matcher entry = ENTRY.matcher(descriptor());
        while (entry.find()) {
            entries.add(entry.group(1));
        }
        return entries;
    }

    private static String descriptor() throws IOException {
        return Files.readString(RESOURCES.resolve("atlassian-plugin.xml"));
    }
}
