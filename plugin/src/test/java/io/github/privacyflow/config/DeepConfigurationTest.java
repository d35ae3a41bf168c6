package io.github.privacyflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logging configuration nested thousands of elements deep is still read, without running out
 * of stack (found by the fuzz test, {@code io.github.privacyflow.fuzz.InputFuzzTest}: PF007 gave
 * up on the whole module with a StackOverflowError).
 */
class DeepConfigurationTest {

    @Test
    void anAppenderBelowThousandsOfElementsIsFound(@TempDir Path resources) throws Exception {
        int depth = 20_000;
        Files.writeString(resources.resolve("log4j2.xml"), "<Configuration>\n<Appenders>\n"
                + "<a>".repeat(depth) + "\n"
                + "<RollingFile name=\"Deep\" fileName=\"deep.log\" filePattern=\"deep-%d{yyyy-MM-dd}.log\">\n"
                + "  <DefaultRolloverStrategy max=\"3\"/>\n"
                + "</RollingFile>\n"
                + "</a>".repeat(depth) + "\n</Appenders>\n</Configuration>\n");
        List<String> warnings = new ArrayList<>();

        List<LogRetention> retentions = LogRetentionReader.read(List.of(resources), (file, line, problem) -> warnings.add(problem));

        assertEquals(List.of(), warnings);
        assertEquals(1, retentions.size());
        assertEquals("Deep", retentions.get(0).appender());
        assertEquals(5, retentions.get(0).location().line());
    }

    @Test
    void descendantsComeInDocumentOrder() {
        XmlElement root = new XmlElement("root", java.util.Map.of(), 1);
        XmlElement first = new XmlElement("x", java.util.Map.of("n", "1"), 2);
        XmlElement nested = new XmlElement("x", java.util.Map.of("n", "2"), 3);
        XmlElement between = new XmlElement("y", java.util.Map.of(), 4);
        XmlElement last = new XmlElement("X", java.util.Map.of("n", "3"), 5);
        root.add(first);
        first.add(nested);
        root.add(between);
        between.add(last);

        assertEquals(List.of(2, 3, 5), root.descendants("x").stream().map(XmlElement::line).toList());
    }
}
