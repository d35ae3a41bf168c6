package io.github.privacyflow.report;

import io.github.privacyflow.engine.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the report files a build asks for ({@code formats}) into the output directory. */
public final class ReportWriter {

    /** The formats there are. */
    public static final List<String> FORMATS = List.of("sarif", "json", "html");

    private ReportWriter() {
    }

    /**
     * Parses a {@code formats} value.
     *
     * @param formats comma-separated, e.g. {@code sarif,json}; blank means none
     * @return the formats, in the order given
     * @throws IllegalArgumentException naming an unknown format
     */
    public static Set<String> parseFormats(String formats) {
        Set<String> parsed = new LinkedHashSet<>();
        if (formats == null) {
            return parsed;
        }
        for (String part : formats.split(",")) {
            String format = part.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                continue;
            }
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown report format '" + part.strip() + "'; expected some of "
                        + String.join(", ", FORMATS));
            }
            parsed.add(format);
        }
        return parsed;
    }

    /**
     * Writes the reports of a build without a baseline.
     *
     * @param result the analysis result
     * @param formats which reports
     * @param outputDirectory where
     * @param paths makes paths relative to the module's root (JSON, HTML)
     * @param reactorPaths makes paths relative to the reactor's root (SARIF, which code scanning reads
     *     against the repository root)
     * @param moduleName the module's name
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(AnalysisResult result, Set<String> formats, Path outputDirectory, ReportPaths paths,
            ReportPaths reactorPaths, String moduleName) throws IOException {
        return write(result, BaselineStates.NONE, formats, outputDirectory, paths, reactorPaths, moduleName, RuleDocs.BASE_URI);
    }

    /**
     * Writes the reports, each telling new findings from those a baseline accepted.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline; {@link BaselineStates#NONE} without one
     * @param formats which reports
     * @param outputDirectory where
     * @param paths makes paths relative to the module's root (JSON, HTML)
     * @param reactorPaths makes paths relative to the reactor's root (SARIF)
     * @param moduleName the module's name
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(AnalysisResult result, BaselineStates baseline, Set<String> formats, Path outputDirectory,
            ReportPaths paths, ReportPaths reactorPaths, String moduleName) throws IOException {
        return write(result, baseline, formats, outputDirectory, paths, reactorPaths, moduleName, RuleDocs.BASE_URI);
    }

    /**
     * Writes the reports, linking SARIF's rule help under a base URL.
     *
     * @param result the analysis result
     * @param formats which reports
     * @param outputDirectory where
     * @param paths makes paths relative to the module's root (JSON, HTML)
     * @param reactorPaths makes paths relative to the reactor's root (SARIF)
     * @param moduleName the module's name
     * @param helpBaseUrl where the rule pages are published ({@link RuleDocs#uri(String, String)})
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(AnalysisResult result, Set<String> formats, Path outputDirectory, ReportPaths paths,
            ReportPaths reactorPaths, String moduleName, String helpBaseUrl) throws IOException {
        return write(result, BaselineStates.NONE, formats, outputDirectory, paths, reactorPaths, moduleName, helpBaseUrl);
    }

    /**
     * Writes the reports, each telling new findings from those a baseline accepted, and linking
     * SARIF's rule help under a base URL.
     *
     * @param result the analysis result
     * @param baseline how the findings compare with a baseline; {@link BaselineStates#NONE} without one
     * @param formats which reports
     * @param outputDirectory where
     * @param paths makes paths relative to the module's root (JSON, HTML)
     * @param reactorPaths makes paths relative to the reactor's root (SARIF)
     * @param moduleName the module's name
     * @param helpBaseUrl where the rule pages are published ({@link RuleDocs#uri(String, String)})
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(AnalysisResult result, BaselineStates baseline, Set<String> formats, Path outputDirectory,
            ReportPaths paths, ReportPaths reactorPaths, String moduleName, String helpBaseUrl) throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.contains("sarif")) {
            Path file = outputDirectory.resolve("privacyflow.sarif");
            JsonReport.write(SarifReport.build(result, baseline, reactorPaths, moduleName, helpBaseUrl), file);
            written.add(file);
        }
        if (formats.contains("json")) {
            Path file = outputDirectory.resolve("privacyflow.json");
            JsonReport.write(JsonReport.build(result, baseline, paths, moduleName), file);
            written.add(file);
        }
        if (formats.contains("html")) {
            Path file = outputDirectory.resolve(HtmlReport.FILE_NAME);
            HtmlReport.write(result, baseline, paths, moduleName, file);
            written.add(file);
        }
        return written;
    }
}
