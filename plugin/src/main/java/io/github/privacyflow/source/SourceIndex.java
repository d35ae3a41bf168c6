package io.github.privacyflow.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.privacyflow.model.ClassModel;
import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.FieldModel;
import io.github.privacyflow.model.MethodModel;
import io.github.privacyflow.model.ParameterModel;
import io.github.privacyflow.model.ProgramElement;
import io.github.privacyflow.model.SourceLocation;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives findings their exact source position and their {@code @SuppressWarnings}, which
 * bytecode does not carry.
 *
 * <p>Sources are parsed lazily, only when a finding lands in them, because parsing is the
 * expensive half of reading a project. A source with a syntax error is reported once and
 * located lexically; a class without a source is reported at its class file.
 */
public final class SourceIndex {

    private final List<Path> sourceRoots;
    private final Charset encoding;
    private final Diagnostics diagnostics;
    /** Parsed files kept at once: findings are placed file by file, so a few suffice, and ASTs are large. */
    private static final int PARSED_FILES_KEPT = 32;

    private final Map<Path, Optional<ParsedSource>> parsed = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Optional<ParsedSource>> eldest) {
            return size() > PARSED_FILES_KEPT;
        }
    };
    /** Files warned about, each once. */
    private final java.util.Set<Path> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Every file parsed so far, cached or not: {@link #locateQuickly} reads those from the tree. */
    private final java.util.Set<Path> everParsed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<Path, Optional<ParsedSource>> texts = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Optional<ParsedSource>> eldest) {
            return size() > PARSED_FILES_KEPT * 4;
        }
    };

    /**
     * Creates an index over source roots.
     *
     * @param sourceRoots e.g. {@code src/main/java}; missing ones are ignored
     * @param encoding the project's source encoding
     * @param diagnostics where unreadable sources are reported
     */
    public SourceIndex(List<Path> sourceRoots, Charset encoding, Diagnostics diagnostics) {
        this.sourceRoots = List.copyOf(sourceRoots);
        this.encoding = encoding;
        this.diagnostics = diagnostics;
    }

    /**
     * Finds the source file a class was compiled from.
     *
     * @param type the class
     * @return the source file, if one of the roots has it
     */
    public Optional<Path> sourceFileOf(ClassModel type) {
        Optional<String> fileName = type.sourceFileName();
        if (fileName.isEmpty()) {
            return Optional.empty();
        }
        String packagePath = type.packageName().replace('.', '/');
        for (Path root : sourceRoots) {
            Path candidate;
            try {
                candidate = packagePath.isEmpty() ? root.resolve(fileName.get()) : root.resolve(packagePath).resolve(fileName.get());
            } catch (InvalidPathException e) {
                // A class name the JVM allows but this file system does not (':' on Windows): no source.
                return Optional.empty();
            }
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * Locates an element's name: the line and column of {@code class Recording}, of a field's
     * or parameter's name, of a method's name.
     *
     * @param element the element
     * @return its location; at the class file when there is no source
     */
    public SourceLocation locate(ProgramElement element) {
        ClassModel type = element.declaringClass();
        Optional<ParsedSource> source = parse(type);
        if (source.isEmpty()) {
            return new SourceLocation(type.classFile(), bytecodeLine(element), 0);
        }
        ParsedSource file = source.get();
        if (file.parsed()) {
            Optional<Node> name = Declarations.nameNodeOf(file, element);
            if (name.isPresent() && name.get().getRange().isPresent()) {
                return at(file.file(), name.get());
            }
            if (element instanceof MethodModel || element instanceof ParameterModel || element instanceof FieldModel) {
                // Implicit members (default constructors, record accessors) have no node: use the type.
                SourceLocation owner = locate(element instanceof ParameterModel parameter ? parameter.method().declaringClass() : type);
                int line = bytecodeLine(element);
                return line > 0 ? new SourceLocation(file.file(), line, 0) : owner;
            }
        }
        return LexicalLocator.locate(file, element, bytecodeLine(element));
    }

    /**
     * Finds the column of a call on a line, from the text: the first {@code name(} there. Flow
     * findings are reported at calls, which bytecode places by line only.
     *
     * @param type the class whose source holds the line
     * @param line the line
     * @param name the called method's name (or a constructor's class name)
     * @return the 1-based column, or 0 when the name is not on the line
     */
    public int columnOfCall(ClassModel type, int line, String name) {
        Optional<Path> file = sourceFileOf(type);
        if (file.isEmpty() || line <= 0 || name.isEmpty()) {
            return 0;
        }
        return text(file.get()).map(source -> {
            if (line > source.lines().size()) {
                return 0;
            }
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\s*\\(")
                    .matcher(source.lines().get(line - 1));
            return matcher.find() ? matcher.start() + 1 : 0;
        }).orElse(0);
    }

    /**
     * Whether a class's source mentions {@code SuppressWarnings} at all: most files do not, and
     * then a flow finding needs no parse to know nothing silences it.
     */
    private boolean mentionsSuppression(ClassModel type) {
        Optional<Path> file = sourceFileOf(type);
        if (file.isEmpty()) {
            return false;
        }
        return text(file.get()).map(source -> source.lines().stream().anyMatch(line -> line.contains("SuppressWarnings")))
                .orElse(false);
    }

    private Optional<ParsedSource> text(Path file) {
        synchronized (texts) {
            Optional<ParsedSource> known = texts.get(file);
            if (known != null) {
                return known;
            }
        }
        HeldWarning problem = new HeldWarning();
        String content = SourceText.read(file, encoding, problem);
        // A flow finding needs only the text; but a file with a problem gets one warning that says
        // all that is wrong with it, so it is parsed now, as for a declaration's finding.
        Optional<ParsedSource> text = problem.held() ? parse(file)
                : content == null ? Optional.empty() : Optional.of(new ParsedSource(file, content.lines().toList(), null));
        synchronized (texts) {
            Optional<ParsedSource> known = texts.putIfAbsent(file, text);
            return known != null ? known : text;
        }
    }

    /** Where a file's warning goes: the diagnostics the first time the file is warned about, nowhere after. */
    private Diagnostics reportOnce(Path file) {
        return (warnedFile, line, problem) -> {
            if (reported.add(file)) {
                diagnostics.warn(warnedFile, line, problem);
            }
        };
    }

    /** Keeps the warning of reading a file until it is known whether its parse fails too. */
    private static final class HeldWarning implements Diagnostics {
        private Path file;
        private int line;
        private String problem;

        @Override
        public void warn(Path warnedFile, int warnedLine, String warnedProblem) {
            if (problem == null) {
                file = warnedFile;
                line = warnedLine;
                problem = warnedProblem;
            }
        }

        boolean held() {
            return problem != null;
        }

        void give(Diagnostics target) {
            if (problem != null) {
                target.warn(file, line, problem);
            }
        }
    }

    /**
     * Locates an element's line cheaply: from the syntax tree when the file was parsed for a
     * finding, else by finding the name in the text, so the answer never depends on what is
     * still cached. For data maps that list many declarations, where
     * parsing every file would cost more than the whole analysis.
     *
     * @param element the element
     * @return its location; column 0 when found in the text
     */
    public SourceLocation locateQuickly(ProgramElement element) {
        ClassModel type = element.declaringClass();
        Optional<Path> file = sourceFileOf(type);
        if (file.isEmpty()) {
            return locate(element);
        }
        // Whether a file was ever parsed, not whether it is still cached: placement runs on
        // several threads and the cache keeps only the last few files, so asking the cache would
        // give the syntax tree's column in one run and the text's in the next.
        if (everParsed.contains(file.get())) {
            return locate(element);
        }
        return text(file.get()).map(source -> LexicalLocator.locate(source, element, 0)).orElseGet(() -> SourceLocation.of(file.get()));
    }

    /**
     * Locates an annotation on an element, e.g. the {@code @Retain(...)} of a type.
     *
     * @param element the annotated element
     * @param annotationType the annotation's binary name with dots
     * @return the annotation's location, or the element's when the annotation cannot be found
     */
    public SourceLocation locateAnnotation(ProgramElement element, String annotationType) {
        Optional<ParsedSource> source = parse(element.declaringClass());
        if (source.isPresent() && source.get().parsed()) {
            Optional<Node> declaration = Declarations.declarationOf(source.get(), element);
            Optional<AnnotationExpr> annotation = declaration.flatMap(node -> findAnnotation(node, annotationType));
            if (annotation.isPresent() && annotation.get().getRange().isPresent()) {
                return at(source.get().file(), annotation.get());
            }
        } else if (source.isPresent()) {
            SourceLocation elementLocation = locate(element);
            return LexicalLocator.annotationBefore(source.get(), elementLocation, annotationType);
        }
        return locate(element);
    }

    /**
     * Returns the warnings suppressed for an element: the {@code @SuppressWarnings} values of
     * the element and of every element enclosing it.
     *
     * @param element the element
     * @return the suppressed names, e.g. {@code PF002} or {@code privacyflow}
     */
    public Set<String> suppressions(ProgramElement element) {
        Set<String> names = new TreeSet<>();
        if (!mentionsSuppression(element.declaringClass())) {
            return names;
        }
        Optional<ParsedSource> source = parse(element.declaringClass());
        if (source.isEmpty() || !source.get().parsed()) {
            return names;
        }
        for (ProgramElement cursor = element; cursor != null; cursor = cursor.enclosing()) {
            Optional<Node> declaration = Declarations.declarationOf(source.get(), cursor);
            declaration.ifPresent(node -> collectSuppressions(node, names, false));
        }
        return names;
    }

    /**
     * Returns the warnings suppressed at a line of code: the {@code @SuppressWarnings} of every
     * declaration around it (method, lambda's enclosing method, class).
     *
     * @param type the class whose code holds the line
     * @param line the line
     * @return the suppressed names
     */
    public Set<String> suppressionsAt(ClassModel type, int line) {
        Set<String> names = new TreeSet<>();
        if (!mentionsSuppression(type)) {
            return names;
        }
        Optional<ParsedSource> source = parse(type);
        if (source.isEmpty() || !source.get().parsed() || line <= 0) {
            return names;
        }
        Declarations.innermostDeclarationAt(source.get(), line)
                .ifPresent(node -> collectSuppressions(node, names, true));
        return names;
    }

    private static void collectSuppressions(Node node, Set<String> names, boolean walkParents) {
        for (Node cursor = node; cursor != null; cursor = walkParents ? cursor.getParentNode().orElse(null) : null) {
            Node annotated = cursor instanceof com.github.javaparser.ast.body.VariableDeclarator variable
                    ? variable.getParentNode().orElse(variable) : cursor;
            if (annotated instanceof NodeWithAnnotations<?> withAnnotations) {
                for (AnnotationExpr annotation : withAnnotations.getAnnotations()) {
                    String name = annotation.getNameAsString();
                    if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
                        names.addAll(Suppression.values(annotation));
                    }
                }
            }
        }
    }

    private static Optional<AnnotationExpr> findAnnotation(Node declaration, String annotationType) {
        Node annotated = declaration instanceof com.github.javaparser.ast.body.VariableDeclarator variable
                ? variable.getParentNode().orElse(variable) : declaration;
        if (!(annotated instanceof NodeWithAnnotations<?> withAnnotations)) {
            return Optional.empty();
        }
        String simpleName = annotationType.substring(Math.max(annotationType.lastIndexOf('.'), annotationType.lastIndexOf('$')) + 1);
        for (AnnotationExpr annotation : withAnnotations.getAnnotations()) {
            String written = annotation.getNameAsString();
            if (written.equals(simpleName) || written.equals(annotationType) || written.endsWith("." + simpleName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    private static SourceLocation at(Path file, Node node) {
        return new SourceLocation(file, node.getRange().get().begin.line, node.getRange().get().begin.column);
    }

    private static int bytecodeLine(ProgramElement element) {
        if (element instanceof MethodModel method) {
            return method.firstLine();
        }
        if (element instanceof ParameterModel parameter) {
            return parameter.method().firstLine();
        }
        return 0;
    }

    private Optional<ParsedSource> parse(ClassModel type) {
        Optional<Path> file = sourceFileOf(type);
        return file.isEmpty() ? Optional.empty() : parse(file.get());
    }

    private Optional<ParsedSource> parse(Path file) {
        synchronized (parsed) {
            Optional<ParsedSource> known = parsed.get(file);
            if (known != null) {
                return known;
            }
        }
        // Parsed outside the lock, so files are parsed in parallel; findings are placed file by
        // file, so two threads rarely parse the same file, and if they do the first result wins.
        Optional<ParsedSource> fresh = parseFile(file);
        everParsed.add(file);
        synchronized (parsed) {
            Optional<ParsedSource> known = parsed.putIfAbsent(file, fresh);
            return known != null ? known : fresh;
        }
    }

    private Optional<ParsedSource> parseFile(Path file) {
        // A file gets one warning, however it is bad: a file evicted and parsed again, or read
        // before for its text, must not warn twice, and an encoding problem and the syntax error
        // it usually causes are one line.
        Diagnostics once = reportOnce(file);
        HeldWarning reading = new HeldWarning();
        String text = SourceText.read(file, encoding, reading);
        if (text == null) {
            reading.give(once);
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        CompilationUnit unit = null;
        String failure = null;
        int failureLine = 0;
        try {
            ParseResult<CompilationUnit> result = newParser().parse(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                unit = result.getResult().get();
            } else {
                Problem problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
                failureLine = problem == null ? 0 : problem.getLocation()
                        .flatMap(range -> range.getBegin().getRange()).map(range -> range.begin.line).orElse(0);
                failure = "syntax error";
            }
        } catch (RuntimeException | StackOverflowError e) {
            failure = e.getClass().getSimpleName();
        }
        if (failure == null) {
            reading.give(once);
        } else if (reading.held()) {
            String parseFailure = failure(failure, failureLine);
            reading.give((warnedFile, line, problem) -> once.warn(warnedFile, line, problem
                    + ", and then cannot be parsed (" + parseFailure + "); findings in it are placed by name, "
                    + "without columns or @SuppressWarnings"));
        } else {
            once.warn(file, failureLine, "cannot parse this source (" + failure + "); findings in it are placed by name, "
                    + "without columns or @SuppressWarnings");
        }
        return Optional.of(new ParsedSource(file, lines, unit));
    }

    private static String failure(String failure, int line) {
        return line > 0 ? failure + " on line " + line : failure;
    }

    private static JavaParser newParser() {
        // JavaParser instances are not thread-safe, and the plugin may run under mvn -T.
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false)
                .setStoreTokens(true));
    }
}
