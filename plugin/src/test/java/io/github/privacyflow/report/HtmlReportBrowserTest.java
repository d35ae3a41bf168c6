package io.github.privacyflow.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.privacyflow.engine.AnalysisResult;
import io.github.privacyflow.finding.Severity;
import io.github.privacyflow.testing.Chromium;
import io.github.privacyflow.testing.FixtureProject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code privacyflow.html} in the real (Debian) Chromium, headless: takes a screenshot,
 * dumps the DOM after the page's script ran, and drives the filters from a probe script. The
 * report and the screenshot are kept in {@code target/html-report/}.
 *
 * <p>The browser is the one {@code PRIVACYFLOW_CHROMIUM} names, else {@code chromium},
 * {@code chromium-browser} or {@code google-chrome} on the {@code PATH} ({@link Chromium}). Without
 * one the test is skipped, unless the environment variable {@code PRIVACYFLOW_REQUIRE_BROWSER=1}
 * is set (CI sets it and installs Chromium), when it fails.
 */
class HtmlReportBrowserTest {

    private static Path chromium;
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1800;
    private static final String READY_LINE = "privacyflow report ready: ";

    @TempDir
    Path folder;

    /**
     * A small classroom application: participants, recordings and attendance logs stored,
     * logged, exported and sent to a vendor, with flow findings (PF003, PF004, PF005) and
     * declaration findings (PF001, PF002, PF006, PF007, PF008, PF010), each marked; analysed
     * with the data map.
     *
     * @param root an empty folder
     * @return the analysis result
     */
    static AnalysisResult classroom(Path root) {
        return FixtureProject.in(root)
                .configure(builder -> builder.dataMap(true))
                .source("org/example/classroom/Participant.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "import io.github.privacyflow.annotations.Sensitive;",
                        "@jakarta.persistence.Entity",
                        "@Retain(days = 90)",
                        "public class Participant {",
                        "    @jakarta.persistence.Id",
                        "    Long id;",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    String email;",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    String displayName;",
                        "    String phoneNumber; // expect PF002",
                        "    @Sensitive(kind = \"health\")",
                        "    String healthNote; // expect PF001",
                        "    public String getEmail() { return email; }",
                        "}")
                .source("org/example/classroom/Recording.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "@jakarta.persistence.Entity",
                        "@PersonalData(category = \"generated-content\")",
                        "public class Recording { // expect PF006",
                        "    @jakarta.persistence.Id",
                        "    Long id;",
                        "    String storageKey;",
                        "    byte[] media;",
                        "}")
                .source("org/example/classroom/AttendanceLog.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.PersonalData;",
                        "import io.github.privacyflow.annotations.Retain;",
                        "@jakarta.persistence.Entity",
                        "@Retain(days = 365) // expect PF007",
                        "public class AttendanceLog { // expect PF010",
                        "    @jakarta.persistence.Id",
                        "    Long id;",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    String participantEmail;",
                        "    @PersonalData(category = \"user-interaction\")",
                        "    String roomNumber;",
                        "}")
                .source("org/example/classroom/ClassroomService.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.Erases;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import io.github.privacyflow.annotations.Sink;",
                        "import jakarta.persistence.EntityManager;",
                        "import java.net.URI;",
                        "import java.net.http.HttpClient;",
                        "import java.net.http.HttpRequest;",
                        "import java.net.http.HttpResponse;",
                        "import java.nio.file.Files;",
                        "import java.nio.file.Path;",
                        "import org.slf4j.Logger;",
                        "import org.slf4j.LoggerFactory;",
                        "@Purpose(\"provide-feature\")",
                        "public class ClassroomService {",
                        "    private static final Logger LOG = LoggerFactory.getLogger(ClassroomService.class);",
                        "    private EntityManager em;",
                        "    private HttpClient client;",
                        "    void join(Participant participant) {",
                        "        em.persist(participant);",
                        "        LOG.info(\"joined: {}\", participant.displayName);",
                        "    }",
                        "    void attend(AttendanceLog log) {",
                        "        em.persist(log);",
                        "    }",
                        "    void archive(Recording recording) {",
                        "        upload(recording.storageKey, recording.media);",
                        "    }",
                        "    @Sink(processor = \"cloud-object-storage\")",
                        "    void upload(String key, byte[] media) { }",
                        "    void exportRoster(Participant participant) throws Exception {",
                        "        String line = participant.getEmail() + \";\" + participant.displayName;",
                        "        Files.writeString(Path.of(\"roster.csv\"), line); // expect PF005",
                        "    }",
                        "    void notifyVendor(Participant participant) throws Exception {",
                        "        HttpRequest request = HttpRequest.newBuilder(URI.create(\"https://vendor.example/hook\"))",
                        "                .POST(HttpRequest.BodyPublishers.ofString(participant.email)).build();",
                        "        client.send(request, HttpResponse.BodyHandlers.discarding()); // expect PF005",
                        "    }",
                        "    @Erases(Participant.class)",
                        "    void forget(Participant participant) { em.remove(participant); }",
                        "}")
                .source("org/example/classroom/QualityMonitor.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "import org.slf4j.Logger;",
                        "import org.slf4j.LoggerFactory;",
                        "@Purpose(\"troubleshooting\")",
                        "public class QualityMonitor {",
                        "    private static final Logger LOG = LoggerFactory.getLogger(QualityMonitor.class);",
                        "    void slowJoin(Participant participant, long millis) {",
                        "        LOG.warn(\"slow join for {} after {} ms\", participant.email, millis);",
                        "    }",
                        "    void brokenRecording(Recording recording) {",
                        "        LOG.error(\"cannot play {}\", recording.storageKey); // expect PF004",
                        "    }",
                        "}")
                .source("org/example/classroom/UsageStats.java",
                        "package org.example.classroom;",
                        "import io.github.privacyflow.annotations.Purpose;",
                        "public class UsageStats {",
                        "    void printJoin(Participant participant) {",
                        "        System.out.println(\"<join> \" + participant.email); // expect PF003",
                        "    }",
                        "    @Purpose(\"analytics\") // expect PF008",
                        "    void track(AttendanceLog log) {",
                        "        System.out.println(\"room \" + log.roomNumber); // expect PF004",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void chromiumRendersTheReport() throws Exception {
        requireChromium();
        Path project = Files.createDirectories(folder.resolve("classroom-app"));
        AnalysisResult result = classroom(project);
        ReportPaths paths = new ReportPaths(project);
        Path output = Path.of("target", "html-report").toAbsolutePath();
        Files.createDirectories(output);
        Path screenshot = output.resolve("privacyflow.png");
        Files.deleteIfExists(screenshot);
        List<Path> written = ReportWriter.write(result, Set.of("html"), output, paths, paths, "classroom-app");
        Path report = output.resolve(HtmlReport.FILE_NAME);
        assertEquals(List.of(report), written);

        // 1. A screenshot, as a newcomer opening the file would see it.
        Run shot = chromium("shot", report, List.of("--screenshot=" + screenshot));
        assertEquals(0, shot.exitCode, () -> "chromium --screenshot failed:\n" + shot.stderr);
        assertOnlyOurConsoleLine(shot, result);

        // 2. The DOM after the page's script ran.
        Run dump = chromium("dump", report, List.of("--dump-dom", "--virtual-time-budget=2000"));
        assertEquals(0, dump.exitCode, () -> "chromium --dump-dom failed:\n" + dump.stderr);
        assertOnlyOurConsoleLine(dump, result);
        String dom = dump.stdout;
        assertTrue(Pattern.compile("<body[^>]*\\bdata-ready=\"true\"").matcher(dom).find(), "the page's script did not run:\n" + head(dom));
        assertTrue(dom.contains("id=\"filters\""), "filter controls missing");
        assertEquals(2, matches(dom, "<input[^>]*name=\"severity\""), "one severity filter per severity");
        long rules = result.findings().stream().map(finding -> finding.ruleId()).distinct().count();
        assertEquals(rules, matches(dom, "<input[^>]*name=\"rule\""), "one rule filter per rule with findings");
        assertTrue(dom.contains("Showing all " + result.findings().size() + " findings"), "the script did not count the findings");
        assertTrue(dom.contains("<svg class=\"datamap\""), "the data map picture is missing from the DOM");
        assertTrue(count(dom, "class=\"dm-band dm-violation\"") > 0, "the data map shows no violation");
        assertEquals(4, matches(dom, "<g class=\"dm-node [^\"]*dm-node-violation\""), "(no purpose), analytics and the two (no processor: …) nodes");

        // 3. The filters, driven by a probe script in a copy of the report.
        Path probed = folder.resolve("probed.html");
        Files.writeString(probed, withProbe(Files.readString(report, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Run probe = chromium("probe", probed, List.of("--dump-dom", "--virtual-time-budget=2000"));
        assertEquals(0, probe.exitCode, () -> "chromium probe run failed:\n" + probe.stderr);
        String probedDom = probe.stdout;
        int total = result.findings().size();
        long warnings = result.count(Severity.WARNING);
        long pf005 = result.findings().stream().filter(finding -> finding.ruleId().equals("PF005")).count();
        long flows = result.findings().stream().filter(finding -> !finding.path().isEmpty()).count();
        assertEquals("", probeValue(probedDom, "errors"), "script errors in the probe run");
        assertEquals(String.valueOf(total), probeValue(probedDom, "initial"));
        assertEquals(String.valueOf(total - warnings), probeValue(probedDom, "no-warnings"));
        assertEquals("Showing " + (total - warnings) + " of " + total + " findings", probeValue(probedDom, "no-warnings-shown"));
        assertEquals("0", probeValue(probedDom, "pf002-count-no-warnings"), "rule counts follow the severity filter");
        assertEquals(String.valueOf(pf005), probeValue(probedDom, "only-pf005"));
        assertEquals(String.valueOf(pf005), probeValue(probedDom, "errors-only-pf005"), "severity counts follow the rule filter");
        assertEquals("0", probeValue(probedDom, "warnings-only-pf005"));
        assertEquals("1", probeValue(probedDom, "search"), "QualityMonitor's one sink call is one finding, of its strongest rule");
        assertEquals(String.valueOf(flows), probeValue(probedDom, "paths"));
        assertEquals(String.valueOf(flows), probeValue(probedDom, "open-paths"), "Expand all paths opens every path");
        assertEquals(String.valueOf(total), probeValue(probedDom, "after-reset"));

        // 4. The screenshot is a picture of the report, with violations in the data map.
        assertTrue(Files.size(screenshot) > 50_000, "screenshot suspiciously small: " + Files.size(screenshot) + " bytes");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertTrue(distinctColours(image, 0, 0, WIDTH, HEIGHT) > 500, "the screenshot looks blank");
        int[] svg = box(probeValue(probedDom, "svg-box"));
        assertTrue(svg[1] + svg[3] <= HEIGHT, () -> "the data map is not within the first screen: " + probeValue(probedDom, "svg-box"));
        int violationPixels = countPixels(image, svg, HtmlReportBrowserTest::violationColoured);
        int permittedPixels = countPixels(image, svg, HtmlReportBrowserTest::permittedColoured);
        assertTrue(violationPixels > 500, "too few pixels of the violation colour in the data map: " + violationPixels);
        assertTrue(permittedPixels > 500, "too few pixels of the permitted colour in the data map: " + permittedPixels);
    }

    private static void requireChromium() {
        Optional<Path> found = Chromium.find();
        if (found.isPresent()) {
            chromium = found.get();
            return;
        }
        String missing = "no Chromium: none of " + String.join(", ", Chromium.NAMES) + " is on the PATH and "
                + Chromium.VARIABLE + " is not set";
        if ("1".equals(System.getenv("PRIVACYFLOW_REQUIRE_BROWSER"))) {
            fail(missing + ", but PRIVACYFLOW_REQUIRE_BROWSER=1: install it with apt-get install -y chromium, or set "
                    + Chromium.VARIABLE + " to its executable");
        }
        Assumptions.abort(missing + "; the HTML report's browser check is skipped (apt-get install chromium, or set "
                + Chromium.VARIABLE + ", to run it; CI sets PRIVACYFLOW_REQUIRE_BROWSER=1 to require it)");
    }

    /** The outcome of one Chromium run. */
    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run chromium(String name, Path page, List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=" + WIDTH + "," + HEIGHT));
        command.addAll(extra);
        command.add(page.toUri().toString());
        Path stdout = folder.resolve(name + ".out");
        Path stderr = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s: " + String.join(" ", command));
        }
        Run run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        Files.writeString(Path.of("target", "html-report", "chromium-" + name + ".log").toAbsolutePath(),
                String.join(" ", command) + "\n\n" + run.stderr, StandardCharsets.UTF_8);
        return run;
    }

    /**
     * Chromium logs every console message, whatever its level, as {@code INFO:CONSOLE}; the
     * report logs exactly one line when its script is done. Any other console line (an
     * uncaught exception, a blocked resource, a warning) fails the test.
     */
    private static void assertOnlyOurConsoleLine(Run run, AnalysisResult result) {
        List<String> console = run.stderr.lines().filter(line -> line.contains("CONSOLE")).toList();
        String expected = "\"" + READY_LINE + result.findings().size() + " findings\"";
        List<String> others = console.stream().filter(line -> !line.contains(expected)).toList();
        assertEquals(List.of(), others, "console messages other than the report's ready line");
        assertTrue(run.stderr.lines().noneMatch(line -> line.contains("Uncaught")), run.stderr);
        assertEquals(1, console.size(), () -> "the report's ready line was not logged:\n" + run.stderr);
    }

    /** A copy of the report with a script first in {@code <head>} recording errors and one last in {@code <body>} using the filters. */
    private static String withProbe(String html) {
        String recorder = "<script>window.pfErrors = [];"
                + "window.addEventListener('error', function (e) { window.pfErrors.push('error: ' + e.message); });"
                + "(function () { var original = console.error; console.error = function () {"
                + " window.pfErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));"
                + " original.apply(console, arguments); }; }());</script>";
        String probe = String.join("\n",
                "<script>",
                "(function () {",
                "  var out = {};",
                "  function visible() { return document.querySelectorAll('#findings-table tr.finding:not([hidden])').length; }",
                "  function text(selector) { var e = document.querySelector(selector); return e ? e.textContent : 'missing'; }",
                "  function click(selector) { document.querySelector(selector).click(); }",
                "  var svg = document.getElementById('datamap-svg').getBoundingClientRect();",
                "  out['svg-box'] = [svg.left + window.scrollX, svg.top + window.scrollY, svg.width, svg.height].map(Math.round).join(',');",
                "  out['initial'] = visible();",
                "  click('#filters input[name=\"severity\"][value=\"warning\"]');",
                "  out['no-warnings'] = visible();",
                "  out['no-warnings-shown'] = text('#findings-shown');",
                "  out['pf002-count-no-warnings'] = text('[data-count-rule=\"PF002\"]');",
                "  click('#reset-filters');",
                "  click('a[data-only-rule=\"PF005\"]');",
                "  out['only-pf005'] = visible();",
                "  out['errors-only-pf005'] = text('[data-count-severity=\"error\"]');",
                "  out['warnings-only-pf005'] = text('[data-count-severity=\"warning\"]');",
                "  click('#reset-filters');",
                "  var search = document.getElementById('filter-text');",
                "  search.value = 'QualityMonitor';",
                "  search.dispatchEvent(new Event('input'));",
                "  out['search'] = visible();",
                "  click('#reset-filters');",
                "  click('#toggle-paths');",
                "  out['paths'] = document.querySelectorAll('details.path').length;",
                "  out['open-paths'] = document.querySelectorAll('details.path[open]').length;",
                "  out['after-reset'] = visible();",
                "  out['errors'] = window.pfErrors.join(' | ');",
                "  Object.keys(out).forEach(function (key) { document.body.setAttribute('data-probe-' + key, String(out[key])); });",
                "}());",
                "</script>");
        assertTrue(html.contains("<head>") && html.contains("</body>"));
        return html.replace("<head>", "<head>" + recorder).replace("</body>", probe + "\n</body>");
    }

    private static String probeValue(String dom, String key) {
        Matcher matcher = Pattern.compile("data-probe-" + Pattern.quote(key) + "=\"([^\"]*)\"").matcher(dom);
        assertTrue(matcher.find(), () -> "the probe did not report " + key + ":\n" + head(dom));
        return matcher.group(1).replace("&amp;", "&");
    }

    private static int[] box(String value) {
        String[] parts = value.split(",");
        int[] box = new int[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Integer.parseInt(parts[i].strip());
        }
        return box;
    }

    private static long count(String text, String needle) {
        long count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static long matches(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }

    private static String head(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    private static int distinctColours(BufferedImage image, int x, int y, int width, int height) {
        Set<Integer> colours = new HashSet<>();
        for (int row = y; row < y + height; row += 2) {
            for (int column = x; column < x + width; column += 2) {
                colours.add(image.getRGB(column, row) & 0xffffff);
            }
        }
        return colours.size();
    }

    private interface ColourTest {
        boolean matches(int red, int green, int blue);
    }

    private static int countPixels(BufferedImage image, int[] box, ColourTest test) {
        int count = 0;
        int right = Math.min(image.getWidth(), box[0] + box[2]);
        int bottom = Math.min(image.getHeight(), box[1] + box[3]);
        for (int y = Math.max(0, box[1]); y < bottom; y++) {
            for (int x = Math.max(0, box[0]); x < right; x++) {
                int rgb = image.getRGB(x, y);
                if (test.matches(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The violation red ({@value HtmlDataMap#VIOLATION}), solid or blended over white. */
    private static boolean violationColoured(int red, int green, int blue) {
        return red > 190 && red - green > 80 && red - blue > 80 && Math.abs(green - blue) < 40;
    }

    /** The permitted blue ({@value HtmlDataMap#PERMITTED}), solid or blended over white. */
    private static boolean permittedColoured(int red, int green, int blue) {
        return blue > 200 && blue - red > 40 && blue - green > 20;
    }
}
