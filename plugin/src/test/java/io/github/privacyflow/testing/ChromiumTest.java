package io.github.privacyflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTest {

    @TempDir
    Path folder;

    private Path executable(String folderName, String name) throws Exception {
        Path file = Files.createDirectories(folder.resolve(folderName)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        file.toFile().setExecutable(true);
        return file;
    }

    @Test
    void looksUpEachNameOnThePathInOrder() throws Exception {
        Path chrome = executable("opt", "google-chrome");
        Path snap = executable("snap", "chromium-browser");
        String path = folder.resolve("opt") + java.io.File.pathSeparator + folder.resolve("snap");
        assertEquals(Optional.of(snap), Chromium.find(Map.of("PATH", path)));
        Files.delete(snap);
        assertEquals(Optional.of(chrome), Chromium.find(Map.of("PATH", path)));
        Files.delete(chrome);
        assertEquals(Optional.empty(), Chromium.find(Map.of("PATH", path)));
        assertEquals(Optional.empty(), Chromium.find(Map.of()));
    }

    @Test
    void theVariableWinsAndMustNameAnExecutable() throws Exception {
        Path mine = executable("custom", "my-chromium");
        Path onPath = executable("bin", "chromium");
        assertEquals(Optional.of(mine), Chromium.find(Map.of(Chromium.VARIABLE, mine.toString(),
                "PATH", onPath.getParent().toString())));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Chromium.find(Map.of(Chromium.VARIABLE, folder.resolve("nothing").toString())));
        assertEquals(Chromium.VARIABLE + "=" + folder.resolve("nothing") + " is not an executable file", e.getMessage());
    }
}
