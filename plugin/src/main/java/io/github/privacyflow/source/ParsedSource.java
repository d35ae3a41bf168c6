package io.github.privacyflow.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import io.github.privacyflow.model.ClassModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source file: its text lines, its syntax tree when it parsed, and what was already looked
 * up in it, since one file often receives many findings.
 */
final class ParsedSource {

    private final Path file;
    private final List<String> lines;
    private final CompilationUnit unit;
    private final Map<ClassModel, Optional<Declarations.TypeNode>> types = new HashMap<>();
    private List<Node> declarations;

    ParsedSource(Path file, List<String> lines, CompilationUnit unit) {
        this.file = file;
        this.lines = lines;
        this.unit = unit;
    }

    Path file() {
        return file;
    }

    List<String> lines() {
        return lines;
    }

    /** @return the syntax tree, or {@code null} when the file has a syntax error */
    CompilationUnit unit() {
        return unit;
    }

    boolean parsed() {
        return unit != null;
    }

    synchronized Optional<Declarations.TypeNode> typeNode(ClassModel type) {
        Optional<Declarations.TypeNode> known = types.get(type);
        if (known == null) {
            known = Declarations.findTypeNode(this, type);
            types.put(type, known);
        }
        return known;
    }

    /** Every type, callable and field declaration of the file, found once. */
    synchronized List<Node> declarations() {
        if (declarations == null) {
            declarations = Declarations.allDeclarations(unit);
        }
        return declarations;
    }
}
