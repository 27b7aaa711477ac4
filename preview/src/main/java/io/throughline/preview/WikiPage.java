package io.throughline.preview;

import io.throughline.web.view.Html;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A wiki page from the repository ({@code wiki/<name>.xml}): text blocks kept as they are (only a
 * few plain tags, every text node escaped again) and Throughline macros with their parameters.
 */
record WikiPage(String title, List<Block> blocks) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Set<String> TAGS = Set.of("p", "h2", "h3", "ul", "ol", "li", "strong", "em", "code");

    /** A part of the page: ready HTML, or a macro to render. */
    sealed interface Block {
    }

    record Text(String html) implements Block {
    }

    record Macro(String name, Map<String, String> parameters) implements Block {
    }

    static Optional<WikiPage> load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (InputStream in = WikiPage.class.getResourceAsStream("/wiki/" + name + ".xml")) {
            if (in == null) {
                return Optional.empty();
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element page = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<Block> blocks = new ArrayList<>();
            NodeList children = page.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element) {
                    blocks.add(block(element));
                }
            }
            return Optional.of(new WikiPage(page.getAttribute("title"), blocks));
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("the wiki page " + name + " in the build is broken", e);
        }
    }

    /**
     * The blocks of a storage-format fragment, e.g. a body posted to Confluence's conversion endpoint:
     * the same rules as a page file. Refuses what does not parse.
     */
    static List<Block> fragment(String storage) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            Element root = builder.parse(new org.xml.sax.InputSource(
                    new java.io.StringReader("<fragment>" + (storage == null ? "" : storage) + "</fragment>")))
                    .getDocumentElement();
            List<Block> blocks = new ArrayList<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element) {
                    blocks.add(block(element));
                }
            }
            return blocks;
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Block block(Element element) {
        if (element.getTagName().equals("ac:structured-macro")) {
            Map<String, String> parameters = new LinkedHashMap<>();
            NodeList nodes = element.getElementsByTagName("ac:parameter");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element parameter = (Element) nodes.item(i);
                parameters.put(parameter.getAttribute("ac:name"), parameter.getTextContent().strip());
            }
            return new Macro(element.getAttribute("ac:name"), parameters);
        }
        StringBuilder html = new StringBuilder();
        append(element, html);
        return new Text(html.toString());
    }

    private static void append(Node node, StringBuilder html) {
        if (node instanceof Element element) {
            String tag = TAGS.contains(element.getTagName()) ? element.getTagName() : "span";
            html.append('<').append(tag).append('>');
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                append(children.item(i), html);
            }
            html.append("</").append(tag).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            html.append(Html.escape(node.getTextContent().replaceAll("\\s+", " ")));
        }
    }
}
