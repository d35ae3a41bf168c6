package io.github.privacyflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;

/**
 * The valid inputs the fuzzer starts from: the fixture projects' sources and the classes javac
 * makes of them, the policies of the bundle, the tests and the fixture projects, and logging
 * configurations. Everything is listed in a fixed order, so a seed number picks the same input
 * on every machine with the same JDK.
 */
final class SeedCorpus {

    /** The fixture projects whose code seeds the class files and sources; they compile against the test classpath. */
    private static final List<String> PROJECTS = List.of("classroom-demo", "clean-classroom", "custom-processors");

    /** The class every case keeps intact; its one finding must survive any bad input beside it. */
    static final String ANCHOR_SOURCE = "fuzz/anchor/Anchor.java";
    static final String ANCHOR_CLASS = "fuzz/anchor/Anchor.class";
    /** The line of the anchor's sensitive field, where PF001 is reported. */
    static final int ANCHOR_LINE = 5;

    /** A seed input: its path relative to where it goes in a project, and its content. */
    record Seed(String path, byte[] content) {
    }

    /** A source and the class files compiled from it, relative to the source and classes roots. */
    record SourceSeed(String path, byte[] content, Map<String, byte[]> classes) {
    }

    final Path root;
    final Path sources;
    final Path classes;
    final List<Seed> classFiles = new ArrayList<>();
    final List<SourceSeed> javaSources = new ArrayList<>();
    final List<Seed> policies = new ArrayList<>();
    final List<Seed> loggingConfigs = new ArrayList<>();

    private SeedCorpus(Path root) {
        this.root = root;
        this.sources = root.resolve("src");
        this.classes = root.resolve("classes");
    }

    /**
     * Copies and compiles the seeds into a folder.
     *
     * @param folder an empty folder
     * @return the corpus
     */
    static SeedCorpus build(Path folder) throws IOException {
        SeedCorpus corpus = new SeedCorpus(folder);
        Path repository = repositoryRoot();
        for (String project : PROJECTS) {
            copyTree(repository.resolve("test-projects").resolve(project).resolve("src/main/java"), corpus.sources);
        }
        write(corpus.sources.resolve(ANCHOR_SOURCE), String.join("\n",
                "package fuzz.anchor;",
                "import io.github.privacyflow.annotations.Sensitive;",
                "public class Anchor {",
                "    @Sensitive(kind = \"health\")",
                "    private String condition;",
                "}", "").getBytes(StandardCharsets.UTF_8));
        compile(corpus.sources, corpus.classes);
        corpus.collectCode();

        corpus.policies.add(new Seed("default-policy.yaml", resource("/io/github/privacyflow/policy/default-policy.yaml")));
        for (String name : List.of("spec-example.yaml", "replace.yaml", "extend.yaml", "extend-allow-sensitive.yaml")) {
            corpus.policies.add(new Seed(name, resource("/io/github/privacyflow/policy/" + name)));
        }
        corpus.policies.add(new Seed("custom-processors.yaml",
                Files.readAllBytes(repository.resolve("test-projects/custom-processors/privacyflow-policy.yaml"))));

        for (String project : List.of("classroom-demo", "clean-classroom")) {
            corpus.loggingConfigs.add(new Seed("logback.xml",
                    Files.readAllBytes(repository.resolve("test-projects").resolve(project).resolve("src/main/resources/logback.xml"))));
        }
        for (String name : List.of("log4j2.xml", "log4j2-direct-write.xml")) {
            corpus.loggingConfigs.add(new Seed("log4j2.xml", resource("/io/github/privacyflow/fuzz/seeds/" + name)));
        }
        return corpus;
    }

    private void collectCode() throws IOException {
        Map<String, SourceSeed> bySource = new TreeMap<>();
        List<Path> classPaths;
        try (Stream<Path> walk = Files.walk(classes)) {
            classPaths = walk.filter(path -> path.toString().endsWith(".class")).sorted().toList();
        }
        for (Path classFile : classPaths) {
            String relative = classes.relativize(classFile).toString().replace('\\', '/');
            if (relative.equals(ANCHOR_CLASS)) {
                continue;
            }
            byte[] content = Files.readAllBytes(classFile);
            classFiles.add(new Seed(relative, content));
            String sourceFile = sourceOf(relative, content);
            SourceSeed source = bySource.computeIfAbsent(sourceFile, path -> new SourceSeed(path, read(sources.resolve(path)), new TreeMap<>()));
            source.classes().put(relative, content);
        }
        javaSources.addAll(bySource.values());
    }

    /** The source a class was compiled from, by its package and {@code SourceFile} attribute. */
    static String sourceOf(String classPath, byte[] content) {
        String[] sourceFile = new String[1];
        new ClassReader(content).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public void visitSource(String source, String debug) {
                sourceFile[0] = source;
            }
        }, ClassReader.SKIP_CODE);
        int slash = classPath.lastIndexOf('/');
        return (slash < 0 ? "" : classPath.substring(0, slash + 1)) + sourceFile[0];
    }

    /** The repository's root, found from the plugin module the tests run in. */
    static Path repositoryRoot() {
        Path candidate = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        while (candidate != null && !Files.isDirectory(candidate.resolve("test-projects"))) {
            candidate = candidate.getParent();
        }
        assertTrue(candidate != null, "no test-projects folder above " + Path.of("").toAbsolutePath());
        return candidate;
    }

    private static void compile(Path sourceRoot, Path output) throws IOException {
        Files.createDirectories(output);
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            javaFiles = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-g", "-proc:none", "-d", output.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean compiled = compiler.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.append(diagnostic).append('\n');
                }
            }
            assertTrue(compiled, "the fuzz seeds do not compile:\n" + errors);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                write(to.resolve(from.relativize(file).toString()), Files.readAllBytes(file));
            }
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedCorpus.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing test resource " + name);
            return in.readAllBytes();
        }
    }
}
