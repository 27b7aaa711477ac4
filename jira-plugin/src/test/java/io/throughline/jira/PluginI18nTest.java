package io.throughline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every i18n key the descriptor and the Jira templates use has English text. */
class PluginI18nTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern DESCRIPTOR_KEY = Pattern.compile("(?:key|i18n-name-key)=\"(throughline\\.[a-z0-9.-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"\\)");

    @Test
    void descriptorKeysAreDefined() throws IOException {
        List<String> keys = matches(DESCRIPTOR_KEY, Files.readString(RESOURCES.resolve("atlassian-plugin.xml")));

        assertThat(keys).hasSizeGreaterThan(5);
        assertThat(keys).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void jiraTemplateKeysAreDefined() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates/jira"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                keys.addAll(matches(TEMPLATE_KEY, Files.readString(template)));
            }
        }

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(keys).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void adapterKeysAreDefined() throws IOException {
        List<String> keys = new ArrayList<>();
        Pattern used = Pattern.compile("\"(throughline\\.jira\\.[a-z0-9.-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                keys.addAll(matches(used, Files.readString(source)));
            }
        }

        assertThat(keys).contains("throughline.jira.gate.misconfigured");
        assertThat(keys).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                RESOURCES.resolve("io/throughline/jira/i18n/throughline-jira.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
