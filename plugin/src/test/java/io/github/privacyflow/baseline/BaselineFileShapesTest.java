package io.github.privacyflow.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.privacyflow.report.ReportPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON that is valid but not an object is no baseline either, and is left as it was. */
class BaselineFileShapesTest {

    @TempDir
    Path folder;

    @Test
    void jsonThatIsNotAnObjectIsRefusedAndKept() throws Exception {
        Baseline baseline = Baseline.of(List.of(), new ReportPaths(folder));
        for (String content : List.of("[1, 2]\n", "\"privacyflow\"\n", "42\n")) {
            Path file = folder.resolve("baseline.json");
            Files.writeString(file, content);
            BaselineException refusal = assertThrows(BaselineException.class, () -> baseline.write(file), content);
            assertEquals(file + ": not a privacyflow baseline (no JSON object); privacyflow:baseline replaces only its own files,"
                    + " so it is left as it was: name another file with -Dprivacyflow.baseline, or delete it first",
                    refusal.getMessage());
            assertEquals(content, Files.readString(file));
        }
    }
}
