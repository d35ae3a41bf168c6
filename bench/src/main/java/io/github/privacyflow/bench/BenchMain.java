package io.github.privacyflow.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark harness: for each size, generates the classroom application, compiles it with
 * javac, then measures in fresh JVMs a bare read (ASM + JavaParser) and privacyflow's analysis,
 * and, for the smaller sizes, SpotBugs' {@code check} goal through Maven. Prints a table.
 *
 * <p>Run {@code java -jar bench/target/privacyflow-bench.jar --help} for the options.
 */
public final class BenchMain {

    private static final String[] APP_LIBS = {
        "privacyflow-annotations-", "jakarta.persistence-api-", "slf4j-api-", "jakarta.ws.rs-api-", "jakarta.servlet-api-"};

    private final Options options;
    private final Properties versions;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private BenchMain(Options options) throws IOException {
        this.options = options;
        this.versions = new Properties();
        try (InputStream in = BenchMain.class.getResourceAsStream("bench.properties")) {
            if (in == null) {
                throw new IllegalStateException("bench.properties is missing: build the bench with Maven (see bench/README.md)");
            }
            versions.load(in);
        }
        this.work = options.work.toAbsolutePath().normalize();
        Files.createDirectories(work);
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options; {@code --help} lists them
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            return;
        }
        new BenchMain(options).run();
    }

    // ------------------------------------------------------------------ options

    static final class Options {
        List<String> sizes = List.of("10k", "100k", "1m");
        boolean spotbugs = true;
        long spotbugsMaxLines = 100_000;
        int repeat = 3;
        long seed = 20_240_611L;
        Path work = defaultWork();
        String heap;
        String analysisHeap = "1g";
        boolean warmup = true;
        boolean profile;
        String mvn = "mvn";
        boolean offline;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--sizes" -> o.sizes = Arrays.stream(args[++i].split(",")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList();
                    case "--skip-spotbugs" -> o.spotbugs = false;
                    case "--spotbugs-max" -> o.spotbugsMaxLines = parseSize(args[++i]);
                    case "--repeat" -> o.repeat = Math.max(1, Integer.parseInt(args[++i]));
                    case "--seed" -> o.seed = Long.parseLong(args[++i]);
                    case "--work" -> o.work = Path.of(args[++i]);
                    case "--heap" -> o.heap = args[++i];
                    case "--analysis-heap" -> o.analysisHeap = args[++i];
                    case "--no-warmup" -> o.warmup = false;
                    case "--profile" -> o.profile = true;
                    case "--mvn" -> o.mvn = args[++i];
                    case "--offline" -> o.offline = true;
                    case "--help", "-h" -> {
                        System.out.println(String.join("\n",
                                "usage: java -jar bench/target/privacyflow-bench.jar [options]",
                                "  --sizes 10k,100k,1m   project sizes in lines of Java (default 10k,100k,1m)",
                                "  --skip-spotbugs       do not run spotbugs-maven-plugin",
                                "  --spotbugs-max 100k   largest size SpotBugs runs on (default 100k)",
                                "  --repeat 3            fresh-JVM runs of the bare read and of privacyflow per size; medians are shown",
                                "  --seed N              generator seed (default 20240611); same seed, same files",
                                "  --work DIR            where projects and logs go (default bench/target/bench-work)",
                                "  --heap 8g             -Xmx of javac and of the bare-read JVM (default 8g, 16g from 1m lines)",
                                "  --analysis-heap 1g    -Xmx of privacyflow's JVM (default 1g: the analysis must fit in 1 GiB at 1M lines)",
                                "  --no-warmup           skip the unreported 10k warm-up pass",
                                "  --profile             one more privacyflow run per size under JFR; prints its hottest methods",
                                "  --mvn PATH            the Maven executable (default mvn)",
                                "  --offline             run Maven with -o also in the warm-up"));
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg + " (see --help)");
                }
            }
            return o;
        }

        private static Path defaultWork() {
            Path jar = codeLocation();
            if (jar != null && jar.getParent() != null) {
                return jar.getParent().resolve("bench-work");
            }
            return Path.of("bench-work");
        }
    }

    static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("k")) {
            factor = 1_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        return Math.round(Double.parseDouble(t) * factor);
    }

    private static Path codeLocation() {
        try {
            return Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ the run

    /** The figures of one size. */
    static final class SizeResult {
        String label;
        long targetLines;
        Generator.Stats stats;
        String digest;
        int classFiles;
        double javacSeconds;
        final List<Map<String, String>> reads = new ArrayList<>();
        final List<Map<String, String>> analyses = new ArrayList<>();
        Double mvnBaselineSeconds;
        Double spotbugsGoalSeconds;
        Double privacyflowGoalSeconds;
        String spotbugsBugs;
        List<String> profile = List.of();
    }

    private void run() throws Exception {
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        log("privacyflow bench " + versions.getProperty("privacyflow.version") + ", " + started + ", java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores, work "
                + work);
        log("sizes " + options.sizes + ", repeat " + options.repeat + ", seed " + options.seed
                + (options.spotbugs ? ", spotbugs-maven-plugin " + versions.getProperty("spotbugs.plugin.version")
                        + " up to " + options.spotbugsMaxLines + " lines" : ", spotbugs skipped"));
        if (options.warmup) {
            log("warm-up: 10k (not reported)");
            SizeResult warm = new SizeResult();
            warm.label = "warmup";
            warm.targetLines = 10_000;
            measure(warm, 1, options.spotbugs, false, !options.offline);
        }
        List<SizeResult> results = new ArrayList<>();
        for (String size : options.sizes) {
            SizeResult result = new SizeResult();
            result.label = size.toLowerCase(Locale.ROOT);
            result.targetLines = parseSize(size);
            measure(result, options.repeat, options.spotbugs && result.targetLines <= options.spotbugsMaxLines,
                    options.profile, false);
            results.add(result);
        }
        String table = table(results);
        System.out.println();
        System.out.println(table);
        Files.writeString(work.resolve("results.md"), "privacyflow bench, " + started + "\n\n" + table, StandardCharsets.UTF_8);
        log("written " + work.resolve("results.md"));
    }

    private void measure(SizeResult result, int repeat, boolean spotbugs, boolean profile, boolean mavenOnline) throws Exception {
        Path project = work.resolve(result.label);
        deleteTree(project);
        Files.createDirectories(project);
        String heap = options.heap != null ? options.heap : result.targetLines >= 1_000_000 ? "16g" : "8g";

        result.stats = new Generator(options.seed).generate(project, result.targetLines);
        result.digest = digest(project.resolve("src/main/java"));
        writePom(project, result.label, heap);
        log(result.label + ": generated " + result.stats.lines() + " lines in " + result.stats.sourceFiles() + " files ("
                + result.stats.modules() + " modules), sha256 " + result.digest.substring(0, 16));

        result.javacSeconds = javac(project, heap);
        result.classFiles = countFiles(project.resolve("target/classes"), ".class");
        log(result.label + ": javac " + fmt(result.javacSeconds) + " s, " + result.classFiles + " class files");

        for (int i = 0; i < repeat; i++) {
            Map<String, String> read = probe("read", project, heap, null);
            result.reads.add(read);
            Map<String, String> analysis = probe("analyze", project, options.analysisHeap, null);
            result.analyses.add(analysis);
            log(result.label + ": run " + (i + 1) + "/" + repeat + ": bare read " + read.get("seconds") + " s (asm "
                    + read.get("asmSeconds") + " + javaparser " + read.get("parseSeconds") + "), privacyflow "
                    + analysis.get("seconds") + " s, peak heap " + mb(analysis.get("peakHeap")) + " MB, findings "
                    + analysis.get("findings") + " " + analysis.get("rules"));
        }
        if (profile) {
            Path jfr = work.resolve(result.label + "-analyze.jfr");
            Files.deleteIfExists(jfr);
            probe("analyze", project, options.analysisHeap, jfr);
            result.profile = JfrSummary.summarize(jfr);
            result.profile.forEach(line -> log(result.label + ": profile: " + line));
        }
        if (spotbugs) {
            MavenRun validate = maven(project, "validate", mavenOnline, "validate");
            MavenRun spotbugsRun = maven(project, "spotbugs", mavenOnline, "spotbugs:check");
            result.mvnBaselineSeconds = validate.wallSeconds();
            result.spotbugsGoalSeconds = spotbugsRun.goalSeconds("spotbugs-maven-plugin");
            result.spotbugsBugs = spotbugsBugCount(project);
            log(result.label + ": mvn validate " + fmt(validate.wallSeconds()) + " s; spotbugs:check " + fmt(spotbugsRun.wallSeconds())
                    + " s, of which the goal " + fmt(result.spotbugsGoalSeconds) + " s (" + result.spotbugsBugs + " bugs)");
            // The privacyflow goal runs the plugin from the local repository, which other builds may
            // have replaced: time it only when it is the very build this harness measures in-process.
            String mismatch = installedPluginMismatch();
            if (mismatch == null) {
                MavenRun privacyflowRun = maven(project, "privacyflow", mavenOnline, "privacyflow:check");
                result.privacyflowGoalSeconds = privacyflowRun.goalSeconds("privacyflow-maven-plugin");
                log(result.label + ": privacyflow:check " + fmt(privacyflowRun.wallSeconds()) + " s, of which the goal "
                        + fmt(result.privacyflowGoalSeconds) + " s");
            } else {
                log(result.label + ": privacyflow:check not timed: " + mismatch);
            }
        }
    }

    // ------------------------------------------------------------------ steps

    private double javac(Path project, String heap) throws IOException, InterruptedException {
        Path classes = project.resolve("target/classes");
        deleteTree(classes);
        Files.createDirectories(classes);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Path argFile = project.resolve("target/javac-sources.txt");
        Files.write(argFile, sources.stream().map(p -> "\"" + p.toString().replace("\\", "/") + "\"").toList(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(tool("javac"), "-J-Xmx" + heap, "-g", "-encoding", "UTF-8", "--release", "17",
                "-proc:none", "-nowarn", "-Xlint:none", "-d", classes.toString(), "-cp", appClasspath(), "@" + argFile));
        Path logFile = project.resolve("target/javac.log");
        long start = System.nanoTime();
        int rc = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("javac failed (exit " + rc + "); see " + logFile + ":\n" + tail(logFile, 30));
        }
        return seconds;
    }

    private Map<String, String> probe(String mode, Path project, String heap, Path jfr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("java"), "-Xmx" + heap, "-XX:+UseG1GC"));
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), mode, project.toString()));
        Path errFile = project.resolve("target/probe-" + mode + ".err");
        Process process = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rc = process.waitFor();
        String line = out.lines().filter(l -> l.startsWith(Probe.PREFIX)).reduce((a, b) -> b).orElse(null);
        if (rc != 0 || line == null) {
            throw new IllegalStateException("probe " + mode + " failed (exit " + rc + "):\n" + out + tail(errFile, 40));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(Probe.PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    /**
     * A Maven run: its wall time and its log, whose lines carry a time of day, so that the time
     * from a plugin's first goal starting to the build's end can be read without Maven's own
     * start-up and project loading.
     */
    record MavenRun(double wallSeconds, List<String> log) {

        private static final java.util.regex.Pattern STAMPED =
                java.util.regex.Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d) \\[\\w+\\] (.*)$");

        double goalSeconds(String artifactId) {
            Double start = null;
            Double end = null;
            for (String line : log) {
                java.util.regex.Matcher m = STAMPED.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                double at = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3))
                        + Integer.parseInt(m.group(4)) / 1000.0;
                String text = m.group(5);
                if (start == null && text.startsWith("--- " + artifactId + ":")) {
                    start = at;
                } else if (start != null && (text.startsWith("BUILD SUCCESS") || text.startsWith("BUILD FAILURE"))) {
                    end = at;
                    break;
                }
            }
            if (start == null || end == null) {
                throw new IllegalStateException("cannot find the " + artifactId + " goal's times in the Maven log");
            }
            return end >= start ? end - start : end + 86_400 - start;
        }
    }

    private MavenRun maven(Path project, String name, boolean online, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(options.mvn, "-B", "-ntp",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        if (!online || options.offline) {
            command.add("-o");
        }
        command.addAll(List.of(goals));
        Path logFile = project.resolve("target/mvn-" + name + ".log");
        long start = System.nanoTime();
        int rc = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", goals) + " failed (exit " + rc + "); see " + logFile + ":\n"
                    + tail(logFile, 40));
        }
        return new MavenRun(seconds, Files.readAllLines(logFile, StandardCharsets.UTF_8));
    }

    /**
     * Compares the plugin jar in the local repository with the one on this harness's classpath,
     * entry by entry (name and CRC, so that build times do not count).
     *
     * @return why they differ, or {@code null} when they hold the same classes
     */
    private String installedPluginMismatch() throws IOException {
        String version = versions.getProperty("privacyflow.version");
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository", "io", "github", "privacyflow",
                "privacyflow-maven-plugin", version, "privacyflow-maven-plugin-" + version + ".jar");
        Path ours = null;
        for (String entry : classpathCandidates()) {
            if (Path.of(entry).getFileName() != null && Path.of(entry).getFileName().toString().startsWith("privacyflow-maven-plugin-")) {
                ours = Path.of(entry);
            }
        }
        if (ours == null || !Files.isRegularFile(ours)) {
            return "this harness does not run from a jar of the plugin";
        }
        if (!Files.isRegularFile(local)) {
            return "the plugin is not installed in " + local.getParent() + " (mvn install)";
        }
        return jarContent(local).equals(jarContent(ours)) ? null
                : "the local repository's " + local.getFileName() + " is another build than this harness's (mvn install it from this tree)";
    }

    private static Map<String, Long> jarContent(Path jar) throws IOException {
        Map<String, Long> content = new java.util.TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".class")).forEach(e -> content.put(e.getName(), e.getCrc()));
        }
        return content;
    }

    private static String spotbugsBugCount(Path project) throws IOException {
        Path xml = project.resolve("target/spotbugsXml.xml");
        if (!Files.isRegularFile(xml)) {
            return "?";
        }
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        int count = 0;
        for (int at = text.indexOf("<BugInstance "); at >= 0; at = text.indexOf("<BugInstance ", at + 1)) {
            count++;
        }
        return Integer.toString(count);
    }

    private void writePom(Path project, String label, String heap) throws IOException {
        long heapMb = parseHeapMb(heap);
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by privacyflow's bench harness: the generated classroom application of %1$s lines. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>edu.classroom</groupId>
                  <artifactId>classroom-%1$s</artifactId>
                  <version>1.0.0</version>
                  <packaging>jar</packaging>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>io.github.privacyflow</groupId>
                      <artifactId>privacyflow-annotations</artifactId>
                      <version>%2$s</version>
                    </dependency>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>%3$s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.slf4j</groupId>
                      <artifactId>slf4j-api</artifactId>
                      <version>%4$s</version>
                    </dependency>
                    <dependency>
                      <groupId>jakarta.ws.rs</groupId>
                      <artifactId>jakarta.ws.rs-api</artifactId>
                      <version>%5$s</version>
                    </dependency>
                    <dependency>
                      <groupId>jakarta.servlet</groupId>
                      <artifactId>jakarta.servlet-api</artifactId>
                      <version>%6$s</version>
                    </dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-clean-plugin</artifactId>
                        <version>%7$s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%8$s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%9$s</version>
                      </plugin>
                      <plugin>
                        <groupId>com.github.spotbugs</groupId>
                        <artifactId>spotbugs-maven-plugin</artifactId>
                        <version>%10$s</version>
                        <configuration>
                          <maxHeap>%11$d</maxHeap>
                          <failOnError>false</failOnError>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>io.github.privacyflow</groupId>
                        <artifactId>privacyflow-maven-plugin</artifactId>
                        <version>%2$s</version>
                        <configuration>
                          <failOnSeverity>never</failOnSeverity>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(label, versions.getProperty("privacyflow.version"), versions.getProperty("jakarta.persistence.version"),
                versions.getProperty("slf4j.version"), versions.getProperty("ws.rs.version"), versions.getProperty("servlet.version"),
                versions.getProperty("clean.plugin.version"), versions.getProperty("resources.plugin.version"),
                versions.getProperty("compiler.plugin.version"), versions.getProperty("spotbugs.plugin.version"), heapMb);
        Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    }

    private static long parseHeapMb(String heap) {
        String h = heap.trim().toLowerCase(Locale.ROOT);
        long value = Long.parseLong(h.replaceAll("[^0-9]", ""));
        return h.endsWith("g") ? value * 1024 : h.endsWith("m") ? value : value / (1024 * 1024);
    }

    /** The jars the generated application compiles against: next to this jar in lib/, or on the classpath. */
    private static String appClasspath() throws IOException {
        List<Path> candidates = classpathCandidates().stream().map(Path::of).toList();
        List<String> picked = new ArrayList<>();
        for (String prefix : APP_LIBS) {
            Path jar = candidates.stream().filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith(prefix))
                    .filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar next to the bench; build it with Maven"));
            picked.add(jar.toString());
        }
        return String.join(File.pathSeparator, picked);
    }

    /** This JVM's classpath, with the jars that a jar's manifest {@code Class-Path} adds. */
    private static List<String> classpathCandidates() throws IOException {
        List<String> candidates = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            candidates.add(path.toString());
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String item : classPath.trim().split("\\s+")) {
                            candidates.add(path.getParent().resolve(item).normalize().toString());
                        }
                    }
                }
            }
        }
        return candidates;
    }

    private static String tool(String name) {
        Path path = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(path) ? path.toString() : name;
    }

    // ------------------------------------------------------------------ the table

    private String table(List<SizeResult> results) {
        StringBuilder t = new StringBuilder();
        t.append("| size | lines | classes | javac s | bare read s | privacyflow s | privacyflow / read | spotbugs s"
                + " | spotbugs / privacyflow | peak heap MB |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            double read = median(r.reads, "seconds");
            double pf = median(r.analyses, "seconds");
            t.append("| ").append(r.label)
                    .append(" | ").append(r.stats.lines())
                    .append(" | ").append(r.classFiles)
                    .append(" | ").append(fmt(r.javacSeconds))
                    .append(" | ").append(fmt(read))
                    .append(" | ").append(fmt(pf))
                    .append(" | ").append(ratio(pf, read))
                    .append(" | ").append(r.spotbugsGoalSeconds == null ? "–" : fmt(r.spotbugsGoalSeconds))
                    .append(" | ").append(r.spotbugsGoalSeconds == null ? "–" : ratio(r.spotbugsGoalSeconds, pf))
                    .append(" | ").append(mb(median(r.analyses, "peakHeap")))
                    .append(" |\n");
        }
        if (results.size() > 1) {
            t.append("\nGrowth from one size to the next (×):\n\n");
            t.append("| from → to | lines | classes | javac | bare read | privacyflow | spotbugs | peak heap |\n");
            t.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int i = 1; i < results.size(); i++) {
                SizeResult a = results.get(i - 1);
                SizeResult b = results.get(i);
                t.append("| ").append(a.label).append(" → ").append(b.label)
                        .append(" | ").append(ratio(b.stats.lines(), a.stats.lines()))
                        .append(" | ").append(ratio(b.classFiles, a.classFiles))
                        .append(" | ").append(ratio(b.javacSeconds, a.javacSeconds))
                        .append(" | ").append(ratio(median(b.reads, "seconds"), median(a.reads, "seconds")))
                        .append(" | ").append(ratio(median(b.analyses, "seconds"), median(a.analyses, "seconds")))
                        .append(" | ").append(a.spotbugsGoalSeconds == null || b.spotbugsGoalSeconds == null ? "–"
                                : ratio(b.spotbugsGoalSeconds, a.spotbugsGoalSeconds))
                        .append(" | ").append(ratio(median(b.analyses, "peakHeap"), median(a.analyses, "peakHeap")))
                        .append(" |\n");
            }
        }
        t.append("\nDetails (medians of ").append(options.repeat).append(" fresh-JVM runs):\n\n");
        t.append("| size | files | modules | asm s | javaparser s | read peak heap MB | privacyflow runs s | privacyflow max after GC MB"
                + " | GCs | findings | by rule | mvn validate s | privacyflow goal s | spotbugs bugs |\n");
        t.append("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---:|\n");
        for (SizeResult r : results) {
            t.append("| ").append(r.label)
                    .append(" | ").append(r.stats.sourceFiles())
                    .append(" | ").append(r.stats.modules())
                    .append(" | ").append(fmt(median(r.reads, "asmSeconds")))
                    .append(" | ").append(fmt(median(r.reads, "parseSeconds")))
                    .append(" | ").append(mb(median(r.reads, "peakHeap")))
                    .append(" | ").append(r.analyses.stream().map(a -> fmt(Double.parseDouble(a.get("seconds")))).collect(Collectors.joining(", ")))
                    .append(" | ").append(mb(median(r.analyses, "maxAfterGc")))
                    .append(" | ").append((long) median(r.analyses, "gcs"))
                    .append(" | ").append(r.analyses.get(0).get("findings"))
                    .append(" | ").append(r.analyses.get(0).get("rules"))
                    .append(" | ").append(r.mvnBaselineSeconds == null ? "–" : fmt(r.mvnBaselineSeconds))
                    .append(" | ").append(r.privacyflowGoalSeconds == null ? "–" : fmt(r.privacyflowGoalSeconds))
                    .append(" | ").append(r.spotbugsBugs == null ? "–" : r.spotbugsBugs)
                    .append(" |\n");
        }
        for (SizeResult r : results) {
            if (!r.profile.isEmpty()) {
                t.append("\nJFR profile of privacyflow on ").append(r.label).append(":\n\n```\n");
                r.profile.forEach(line -> t.append(line).append('\n'));
                t.append("```\n");
            }
        }
        t.append("\nGenerated sources (seed ").append(options.seed).append("): ");
        t.append(results.stream().map(r -> r.label + " sha256 " + r.digest.substring(0, 16)).collect(Collectors.joining(", "))).append('\n');
        return t.toString();
    }

    private static double median(List<Map<String, String>> runs, String key) {
        double[] values = runs.stream().mapToDouble(run -> Double.parseDouble(run.get(key))).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String ratio(double a, double b) {
        return b <= 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f" : "%.1f", seconds);
    }

    private static String mb(String bytes) {
        return mb(Double.parseDouble(bytes));
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024 * 1024));
    }

    // ------------------------------------------------------------------ files

    /** A SHA-256 over every generated file's relative path and content, in path order. */
    static String digest(Path root) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                        .toList();
            }
            for (Path file : files) {
                sha.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countFiles(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return (int) walk.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }

    private void log(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
        report.append(message).append('\n');
    }
}
