package io.github.privacyflow.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import io.github.privacyflow.engine.AnalysisRequest;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.engine.Analyzer;
import io.github.privacyflow.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * One measurement, in a JVM of its own so that its heap is its own: {@code read} (the floor:
 * every class file into an ASM {@link ClassNode}, every source through JavaParser) or
 * {@code analyze} (privacyflow's {@link Analyzer} with every registered rule). Prints one line
 * starting with {@value #PREFIX}; the harness reads it.
 */
public final class Probe {

    /** The prefix of the result line. */
    public static final String PREFIX = "BENCH-RESULT ";

    private Probe() {
    }

    /**
     * Runs one measurement.
     *
     * @param args {@code read|analyze} and the project folder (with {@code target/classes} and
     *     {@code src/main/java})
     * @throws Exception when the project cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Probe read|analyze <project folder>");
            System.exit(2);
        }
        Path project = Path.of(args[1]).toAbsolutePath().normalize();
        Map<String, String> result = switch (args[0]) {
            case "read" -> read(project);
            case "analyze" -> analyze(project);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        System.out.println(PREFIX + result.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    private static Map<String, String> read(Path project) throws IOException {
        Map<String, String> out = new TreeMap<>();
        System.gc();
        long asmNanos;
        long parseNanos;
        int classes = 0;
        int sources = 0;
        int types = 0;
        int problems = 0;
        List<ClassNode> nodes = new ArrayList<>();
        try (HeapMonitor heap = new HeapMonitor()) {
            long start = System.nanoTime();
            for (Path file : files(project.resolve("target/classes"), ".class")) {
                ClassNode node = new ClassNode();
                // The same flags as privacyflow's ClassFileReader.
                new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_FRAMES);
                nodes.add(node);
                classes++;
            }
            long middle = System.nanoTime();
            // The same configuration as privacyflow's SourceIndex.
            JavaParser parser = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                    .setAttributeComments(false)
                    .setStoreTokens(true));
            for (Path file : files(project.resolve("src/main/java"), ".java")) {
                ParseResult<CompilationUnit> parsed = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
                problems += parsed.getProblems().size();
                types += parsed.getResult().map(unit -> unit.getTypes().size()).orElse(0);
                sources++;
            }
            long end = System.nanoTime();
            asmNanos = middle - start;
            parseNanos = end - middle;
            out.put("peakHeap", Long.toString(heap.peakUsed()));
            out.put("maxAfterGc", Long.toString(heap.maxAfterGc()));
            out.put("gcs", Long.toString(heap.collections()));
        }
        out.put("seconds", seconds(asmNanos + parseNanos));
        out.put("asmSeconds", seconds(asmNanos));
        out.put("parseSeconds", seconds(parseNanos));
        out.put("classes", Integer.toString(classes));
        out.put("classNodes", Integer.toString(nodes.size()));
        out.put("sources", Integer.toString(sources));
        out.put("types", Integer.toString(types));
        out.put("parseProblems", Integer.toString(problems));
        return out;
    }

    private static Map<String, String> analyze(Path project) throws Exception {
        Map<String, String> out = new TreeMap<>();
        AtomicInteger warnings = new AtomicInteger();
        System.gc();
        AnalysisResult result;
        long nanos;
        try (HeapMonitor heap = new HeapMonitor()) {
            long start = System.nanoTime();
            result = new Analyzer((file, line, problem) -> {
                if (warnings.incrementAndGet() <= 5) {
                    System.err.println("privacyflow warning: " + file + ":" + line + ": " + problem);
                }
            }).analyze(AnalysisRequest.builder(project).build());
            nanos = System.nanoTime() - start;
            out.put("peakHeap", Long.toString(heap.peakUsed()));
            out.put("maxAfterGc", Long.toString(heap.maxAfterGc()));
            out.put("gcs", Long.toString(heap.collections()));
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            byRule.merge(finding.ruleId(), 1, Integer::sum);
        }
        out.put("seconds", seconds(nanos));
        out.put("classes", Integer.toString(result.classesAnalysed()));
        out.put("findings", Integer.toString(result.findings().size()));
        out.put("suppressed", Integer.toString(result.suppressed()));
        out.put("warnings", Integer.toString(warnings.get()));
        out.put("rules", byRule.isEmpty() ? "-" : byRule.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
        return out;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix) && Files.isRegularFile(path)).sorted().toList();
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.4f", nanos / 1e9);
    }
}
