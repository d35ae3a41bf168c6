package io.github.privacyflow.source;

import io.github.privacyflow.model.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a source or configuration file as text in the project's encoding. */
public final class SourceText {

    private SourceText() {
    }

    /**
     * Reads a file. Bytes that are not valid in the encoding are reported once and replaced, so
     * lines and columns still line up and the analysis goes on.
     *
     * @param file the file
     * @param encoding the project's source encoding
     * @param diagnostics where a decoding problem is reported
     * @return the text, or {@code null} when the file cannot be read at all (already reported)
     */
    public static String read(Path file, Charset encoding, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.warn(file, "cannot read the file: " + e.getClass().getSimpleName());
            return null;
        }
        try {
            return encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.warn(file, lineOfFirstBadByte(bytes, encoding), "is not valid " + encoding.name()
                    + " (set project.build.sourceEncoding); read with replacement characters");
            return new String(bytes, encoding);
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes, Charset encoding) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
