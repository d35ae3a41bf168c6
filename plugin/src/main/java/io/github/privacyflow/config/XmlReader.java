package io.github.privacyflow.config;

import io.github.privacyflow.model.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a configuration file into {@link XmlElement}s with line numbers. External entities and
 * DTDs are never fetched: the plugin opens no network connection and reads only the project.
 */
public final class XmlReader {

    private XmlReader() {
    }

    /**
     * Reads a file.
     *
     * @param file the XML file
     * @param diagnostics where a malformed file is reported
     * @return the root element, or empty when the file cannot be read (already reported)
     */
    public static Optional<XmlElement> read(Path file, Diagnostics diagnostics) {
        TreeBuilder builder = new TreeBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            newParser().parse(in, builder);
            return Optional.ofNullable(builder.root);
        } catch (SAXParseException e) {
            diagnostics.warn(file, Math.max(e.getLineNumber(), 0), "malformed XML, not checked: " + firstLine(e.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            diagnostics.warn(file, "cannot read the XML, not checked: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            diagnostics.warn(file, "cannot read the file: " + e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
                values.put(name, attributes.getValue(i));
            }
            String name = localName == null || localName.isEmpty() ? qualifiedName : localName;
            XmlElement element = new XmlElement(name, values, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) {
            open.pop();
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(characters, start, length);
            }
        }
    }
}
