package io.github.privacyflow.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a configuration file, with the line its start tag ends on (where SAX reports
 * it, and where a user puts an {@code <!-- expect -->} marker).
 */
public final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final int line;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /**
     * Returns the element's local name, e.g. {@code maxHistory}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns an attribute.
     *
     * @param attribute the attribute name
     * @return its value, if present
     */
    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /**
     * Returns the line of the start tag.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the trimmed text content.
     *
     * @return the text
     */
    public String text() {
        return text.toString().strip();
    }

    /**
     * Returns the direct children.
     *
     * @return the children in document order
     */
    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * Returns the first direct child with a name, compared without case as logback and log4j2 do.
     *
     * @param childName the name
     * @return the child, if any
     */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equalsIgnoreCase(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every descendant with a name, compared without case, in document order.
     *
     * @param descendantName the name
     * @return the descendants
     */
    public List<XmlElement> descendants(String descendantName) {
        // A walk with a stack of its own: a file nested thousands of elements deep is still XML,
        // and recursion would run out of stack on it.
        List<XmlElement> found = new ArrayList<>();
        Deque<Iterator<XmlElement>> pending = new ArrayDeque<>();
        pending.push(children.iterator());
        while (!pending.isEmpty()) {
            Iterator<XmlElement> siblings = pending.peek();
            if (!siblings.hasNext()) {
                pending.pop();
                continue;
            }
            XmlElement element = siblings.next();
            if (element.name.equalsIgnoreCase(descendantName)) {
                found.add(element);
            }
            pending.push(element.children.iterator());
        }
        return found;
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void appendText(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }
}
