package io.throughline.jira.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.web.testing.PluginJar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Throughline menu as Jira builds a top-bar dropdown (docs/architecture.md, "The Throughline
 * menu"): one web-item in system.top.navigation.bar, a web-section located at that item's link id,
 * and the pages as web-items in "link id/section key", each for logged-in people only.
 */
class MenuDescriptorTest {

    private static final String SECTION = "throughline-menu/throughline-menu-section";
    private static Document descriptor;

    @BeforeAll
    static void read() throws Exception {
        descriptor = PluginJar.xml(Path.of("src/main/resources/atlassian-plugin.xml"));
    }

    @Test
    void theMenuIsATopBarItemWhoseLinkIdLocatesItsSection() {
        Element menu = only(elements("web-item"), "section", "system.top.navigation.bar");
        Element link = (Element) menu.getElementsByTagName("link").item(0);
        Element section = only(elements("web-section"), "key", "throughline-menu-section");

        assertThat(menu.getAttribute("key")).isEqualTo("throughline-menu");
        assertThat(section.getAttribute("location")).isEqualTo(link.getAttribute("linkId")).isEqualTo("throughline-menu");
        assertThat(SECTION).isEqualTo(link.getAttribute("linkId") + "/" + section.getAttribute("key"));
        assertThat(loggedInOnly(menu)).isTrue();
        assertThat(loggedInOnly(section)).isTrue();
    }

    @Test
    void requestsToMyTeamIsTheThirdPageOfTheMenuAndOpensTheServlet() {
        Element requests = only(elements("web-item"), "key", "throughline-requests-link");

        assertThat(requests.getAttribute("section")).isEqualTo(SECTION);
        assertThat(requests.getAttribute("weight")).isEqualTo("30");
        assertThat(requests.getElementsByTagName("link").item(0).getTextContent().strip())
                .isEqualTo(RequestsServlet.PATH);
        assertThat(only(elements("servlet"), "key", "requests-servlet").getElementsByTagName("url-pattern").item(0)
                .getTextContent()).isEqualTo(RequestsServlet.PATH.substring("/plugins/servlet".length()));
        assertThat(elements("web-item")).filteredOn(item -> item.getAttribute("section").equals(SECTION))
                .allSatisfy(item -> assertThat(loggedInOnly(item)).as(item.getAttribute("key")).isTrue())
                .extracting(item -> item.getAttribute("weight")).isSubsetOf("10", "20", "30", "40");
    }

    @Test
    void thePortfolioIsTheSecondPageOfTheMenuAndOpensItsServlet() {
        Element portfolio = only(elements("web-item"), "key", "throughline-portfolio-link");

        assertThat(portfolio.getAttribute("section")).isEqualTo(SECTION);
        assertThat(portfolio.getAttribute("weight")).isEqualTo("20");
        assertThat(loggedInOnly(portfolio)).isTrue();
        assertThat(portfolio.getElementsByTagName("link").item(0).getTextContent().strip())
                .isEqualTo(PortfolioServlet.PATH);
        Element servlet = only(elements("servlet"), "key", "portfolio-servlet");
        assertThat(servlet.getAttribute("class")).isEqualTo(PortfolioServlet.class.getName());
        assertThat(servlet.getElementsByTagName("url-pattern").item(0).getTextContent())
                .isEqualTo(PortfolioServlet.PATH.substring("/plugins/servlet".length()));
    }

    @Test
    void theQueuesScriptLoadsOnJirasGeneralPages() {
        Element resources = only(elements("web-resource"), "key", "requests-resources");

        assertThat(resources.getElementsByTagName("context").item(0).getTextContent()).isEqualTo("atl.general");
        assertThat(((Element) resources.getElementsByTagName("resource").item(0)).getAttribute("location"))
                .isEqualTo("js/throughline-requests.js");
    }

    private static boolean loggedInOnly(Element module) {
        NodeList conditions = module.getElementsByTagName("condition");
        for (int i = 0; i < conditions.getLength(); i++) {
            if (((Element) conditions.item(i)).getAttribute("class").equals(LoggedInCondition.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element only(List<Element> elements, String attribute, String value) {
        List<Element> matching = elements.stream().filter(e -> e.getAttribute(attribute).equals(value)).toList();
        assertThat(matching).as(attribute + "=" + value).hasSize(1);
        return matching.get(0);
    }
}
