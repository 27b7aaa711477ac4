package io.throughline.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every descriptor key and every macro browser text (macro and parameter labels) has English text. */
class PluginI18nTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String PLUGIN_KEY = "io.throughline.confluence";

    @Test
    void descriptorKeysAreDefined() throws Exception {
        List<String> keys = new ArrayList<>();
        NodeList descriptions = descriptor().getElementsByTagName("description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            keys.add(((Element) descriptions.item(i)).getAttribute("key"));
        }

        assertThat(keys).hasSize(5).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void theMacroBrowserHasALabelAndDescriptionForEveryMacroAndParameter() throws Exception {
        List<String> keys = new ArrayList<>();
        NodeList macros = descriptor().getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            String prefix = PLUGIN_KEY + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            NodeList parameters = macro.getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                String parameter = ((Element) parameters.item(j)).getAttribute("name");
                keys.add(prefix + ".param." + parameter + ".label");
                keys.add(prefix + ".param." + parameter + ".desc");
            }
        }

        assertThat(keys).hasSize(28).allSatisfy(key -> assertThat(bundle().getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void theDescriptorsDefaultsAreWhatTheMacroLogicAssumes() throws Exception {
        String descriptor = Files.readString(RESOURCES.resolve("atlassian-plugin.xml"));

        assertThat(descriptor).contains("<parameter name=\"view\" type=\"enum\" default=\"both\">",
                "<parameter name=\"includeDone\" type=\"boolean\" default=\"false\"/>",
                "<parameter name=\"maxRows\" type=\"int\" default=\""
                        + io.throughline.confluence.web.dependency.DependencyStatusParameters.DEFAULT_MAX_ROWS + "\"/>",
                "<parameter name=\"days\" type=\"int\" default=\""
                        + io.throughline.core.performance.Window.DEFAULT_DAYS + "\"/>");
    }

    @Test
    void theScorecardsStageChoicesAreTheStagesTheMacroAccepts() throws Exception {
        List<String> values = new ArrayList<>();
        NodeList parameters = descriptor().getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            Element macro = (Element) parameter.getParentNode().getParentNode();
            if (macro.getAttribute("name").equals(io.throughline.confluence.web.scorecard.ScorecardMacro.NAME)
                    && parameter.getAttribute("name").equals("stage")) {
                NodeList choices = parameter.getElementsByTagName("value");
                for (int j = 0; j < choices.getLength(); j++) {
                    values.add(((Element) choices.item(j)).getAttribute("name"));
                }
                assertThat(parameter.getAttribute("type")).isEqualTo("enum");
                assertThat(parameter.getAttribute("default")).isEmpty();
            }
        }

        assertThat(values).containsExactlyElementsOf(java.util.Arrays.stream(io.throughline.core.initiative.Stage.values())
                .map(Enum::name).toList());
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(RESOURCES.resolve("atlassian-plugin.xml").toFile());
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                RESOURCES.resolve("io/throughline/confluence/i18n/throughline-confluence.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
