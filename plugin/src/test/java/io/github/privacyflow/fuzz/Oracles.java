package io.github.privacyflow.fuzz;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides, apart from the code under test, whether a mutated input is certainly bad: one the
 * engine cannot read, and must therefore report in exactly one diagnostic. Inputs these call
 * good may still be odd (a class file ASM reads but whose code makes no sense); for those the
 * fuzz test asks only that nothing escapes and that any diagnostic names the file.
 */
final class Oracles {

    private Oracles() {
    }

    /** Whether ASM, the library the engine reads classes with, rejects the bytes. */
    static boolean unreadableClass(byte[] bytes) {
        if (bytes.length < 10 || (bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE
                || (bytes[2] & 0xFF) != 0xBA || (bytes[3] & 0xFF) != 0xBE) {
            return true;
        }
        try {
            new ClassReader(bytes).accept(new ClassNode(), ClassReader.SKIP_FRAMES);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Whether the bytes are not strict UTF-8. */
    static boolean notUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    /** Whether a Java source does not parse at the language level the engine reads sources at. */
    static boolean unparsableJava(byte[] bytes) {
        if (notUtf8(bytes)) {
            return true;
        }
        try {
            return !new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                    .setAttributeComments(false).setStoreTokens(false))
                    .parse(new String(bytes, StandardCharsets.UTF_8)).isSuccessful();
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        }
    }

    /** Whether a YAML file is not UTF-8 or does not compose (syntax, aliases, nesting). */
    static boolean unparsableYaml(byte[] bytes) {
        if (notUtf8(bytes)) {
            return true;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            // The loader drops one byte-order mark before parsing, as its contract says.
            new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build())
                    .composeString(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        }
    }

    /** Whether an XML file is not well-formed for the JDK's parser with secure processing on. */
    static boolean malformedXml(byte[] bytes) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
