package io.github.privacyflow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/** Reads a JFR recording's execution samples and lists where the time went. */
final class JfrSummary {

    private static final int TOP = 12;

    private JfrSummary() {
    }

    static List<String> summarize(Path recording) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> area = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String top = name(frames.get(0));
            self.merge(top, 1, Integer::sum);
            area.merge(area(frames), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame);
                if (method.startsWith("io.github.privacyflow.") && !method.startsWith("io.github.privacyflow.bench.")
                        && !method.contains("$$Lambda") && seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(samples + " execution samples (main thread work; JFR samples every 10-20 ms)");
        lines.add("by area (innermost privacyflow, ASM or JavaParser frame):");
        top(area, samples, lines);
        lines.add("hottest methods, self:");
        top(self, samples, lines);
        lines.add("privacyflow methods, inclusive:");
        top(inclusive, samples, lines);
        return lines;
    }

    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
            if (type.startsWith("org.objectweb.asm.")) {
                return "ASM";
            }
            if (type.startsWith("com.github.javaparser.")) {
                return "JavaParser";
            }
            if (type.startsWith("org.snakeyaml.")) {
                return "snakeyaml";
            }
            if (type.startsWith("io.github.privacyflow.") && !type.startsWith("io.github.privacyflow.bench.")) {
                String rest = type.substring("io.github.privacyflow.".length());
                int dot = rest.indexOf('.');
                return "privacyflow." + (dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return "other (JDK, JIT, class loading)";
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static void top(Map<String, Integer> counts, int total, List<String> lines) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey())));
    }
}
