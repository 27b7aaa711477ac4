package io.throughline.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A built plugin bundle opened as the host will open it, and the descriptor-reading helpers both
 * plugins' packaging tests share (published in web's test-jar).
 */
public final class PluginJar implements AutoCloseable {

    private final JarFile jar;

    private PluginJar(JarFile jar) {
        this.jar = jar;
    }

    /** The bundle {@code target/<artifact>-<version>.jar} the build just made. */
    public static PluginJar built(String artifact) {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), artifact + "-*.jar")) {
            for (Path candidate : jars) {
                String name = candidate.getFileName().toString();
                if (!name.endsWith("-tests.jar") && !name.endsWith("-sources.jar")) {
                    return new PluginJar(new JarFile(candidate.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no built " + artifact + " jar in target/; run mvn verify");
    }

    public JarFile file() {
        return jar;
    }

    /** The packages the manifest imports, without their attributes. */
    public List<String> imports() throws IOException {
        return importClauses().stream().map(PluginJar::packageOf).toList();
    }

    /** The packages the manifest imports with {@code resolution:=optional}. */
    public List<String> optionalImports() throws IOException {
        return importClauses().stream().filter(clause -> clause.replace(" ", "").contains("resolution:=optional"))
                .map(PluginJar::packageOf).toList();
    }

    /** Import-Package split into its clauses (a comma inside a version range is followed by a digit). */
    private List<String> importClauses() throws IOException {
        return List.of(jar.getManifest().getMainAttributes().getValue("Import-Package").split(",(?=[a-zA-Z])"));
    }

    private static String packageOf(String clause) {
        return clause.split(";")[0].strip();
    }

    public boolean contains(String className) {
        return jar.getEntry(className.replace('.', '/') + ".class") != null;
    }

    /** An XML entry of the jar; fails clearly when it is missing. */
    public Document xml(String entry) {
        ZipEntry found = jar.getEntry(entry);
        if (found == null) {
            throw new AssertionError(entry + " is not in the jar");
        }
        try (InputStream in = jar.getInputStream(found)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XML file of the module's sources. */
    public static Document xml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of elements ({@code "entity"}) or values of attributes ({@code "bean@class"}) anywhere in the document. */
    public static List<String> names(Document document, String path) {
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

    @Override
    public void close() throws IOException {
        jar.close();
    }

    private static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("not well-formed XML", e);
        }
    }
}
