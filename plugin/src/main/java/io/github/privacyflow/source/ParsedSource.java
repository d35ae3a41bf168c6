package io.github.privacyflow.source;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;
import java.util.List;

/**
 * One source file: its text lines, and its syntax tree when it parsed.
 *
 * @param file the absolute path
 * @param lines the text, split into lines (for the lexical fallback)
 * @param unit the syntax tree, or {@code null} when the file has a syntax error
 */
record ParsedSource(Path file, List<String> lines, CompilationUnit unit) {

    boolean parsed() {
        return unit != null;
    }
}
