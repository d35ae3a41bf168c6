package io.github.privacyflow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.privacyflow.datamap.DataMap;
import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data map locates a holder the same way whether or not its file is still among the few
 * parsed files kept: the column of a file parsed for a finding comes from its syntax tree even
 * after the file has left the cache, so reports do not change with thread timing.
 */
class DataMapLocationsTest {

    private static final int FILES = 48;

    @TempDir
    Path folder;

    @Test
    void holdersInFilesWithFindingsAreLocatedFromTheTreeEvenAfterEviction() throws Exception {
        FixtureProject project = FixtureProject.in(folder).configure(builder -> builder.dataMap(true));
        for (int i = 0; i < FILES; i++) {
            // An unannotated e-mail field: PF002 lands in every file, so every file is parsed once.
            project.source("org/example/Learner" + i + ".java",
                    "package org.example;",
                    "public class Learner" + i + " {",
                    "    private String email;",
                    "    public String getEmail() { return email; }",
                    "}");
        }
        AnalysisResult result = project.compile().analyze();
        assertEquals(FILES, result.findings().stream().filter(finding -> finding.ruleId().equals("PF002")).count(),
                result.findings().toString());

        List<String> textColumns = new ArrayList<>();
        int fields = 0;
        for (DataMap.Category category : result.dataMap().categories()) {
            for (DataMap.Holder holder : category.holders()) {
                if (holder.element().endsWith(".email")) {
                    fields++;
                    if (holder.location().column() <= 0) {
                        textColumns.add(holder.element());
                    }
                }
            }
        }
        assertEquals(FILES, fields);
        assertTrue(textColumns.isEmpty(), "located from the text, not the tree: " + textColumns);
    }
}
