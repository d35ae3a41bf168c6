package io.github.privacyflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        Generator.Stats first = new Generator(7).generate(temp.resolve("a"), 6_000);
        Generator.Stats second = new Generator(7).generate(temp.resolve("b"), 6_000);
        assertEquals(first, second);
        assertEquals(BenchMain.digest(temp.resolve("a/src/main/java")), BenchMain.digest(temp.resolve("b/src/main/java")));
        new Generator(8).generate(temp.resolve("c"), 6_000);
        assertNotEquals(BenchMain.digest(temp.resolve("a/src/main/java")), BenchMain.digest(temp.resolve("c/src/main/java")));
    }

    @Test
    void writesAboutTheLinesAskedFor() throws IOException {
        Generator.Stats stats = new Generator(1).generate(temp, 10_000);
        assertTrue(stats.lines() >= 10_000 && stats.lines() < 11_500, "lines " + stats.lines());
        assertTrue(stats.sourceFiles() > 60, "files " + stats.sourceFiles());
    }

    @Test
    void generatedApplicationCompiles() throws IOException {
        new Generator(3).generate(temp, 8_000);
        List<String> args = new ArrayList<>(List.of("-d", temp.resolve("classes").toString(), "-proc:none", "-nowarn",
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> walk = Files.walk(temp.resolve("src/main/java"))) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, null, errors, args.toArray(String[]::new));
        assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));
        assertTrue(new File(temp.resolve("classes").toFile(), "edu/classroom/common/ConsentRegistry.class").isFile());
    }

    @Test
    void sizesParse() {
        assertEquals(10_000, BenchMain.parseSize("10k"));
        assertEquals(1_000_000, BenchMain.parseSize("1M"));
        assertEquals(250_000, BenchMain.parseSize("0.25m"));
    }
}
