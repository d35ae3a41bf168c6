package io.github.privacyflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The per-package floor of the {@code mutation} profile. PIT enforces only one threshold, over
 * every mutated class; this check reads PIT's {@code mutations.xml} afterwards, prints killed,
 * total and score for each package and fails when any package is under the floor, so that a
 * well-tested package cannot hide a badly tested one.
 *
 * <p>A package counts its subpackages ({@code io.github.privacyflow.flow} holds
 * {@code io.github.privacyflow.flow.handlers}); a mutant belongs to the longest package that
 * holds it. The score is PIT's: mutants detected (killed, timed out, out of memory, run error,
 * non-viable, as PIT's {@code detected} attribute says) over all mutants, uncovered ones
 * included.
 *
 * <p>Run as {@code MutationScoreCheck MUTATIONS_XML FLOOR PACKAGE...}; exit code 0 when every
 * package reaches the floor, 1 when one does not, 2 when the report cannot be read or the
 * arguments are wrong. Problems are one line each, naming the file or the package.
 */
public final class MutationScoreCheck {

    private MutationScoreCheck() {
    }

    /**
     * Mutants of one package.
     *
     * @param name the package
     * @param detected the mutants PIT counts as detected
     * @param total every mutant of the package
     */
    public record Tally(String name, int detected, int total) {

        /**
         * Tells whether the score reaches a floor, compared exactly rather than in floating point
         * so that 7 of 10 reaches 0.70.
         *
         * @param floor between 0 and 1
         * @return whether detected / total is at least the floor
         */
        public boolean reaches(BigDecimal floor) {
            return BigDecimal.valueOf(detected).compareTo(floor.multiply(BigDecimal.valueOf(total))) >= 0;
        }

        /**
         * Returns the score, 0 for a package without mutants.
         *
         * @return detected / total
         */
        public double score() {
            return total == 0 ? 0 : (double) detected / total;
        }
    }

    /** A report that cannot be read or does not fit the packages; the message is one line. */
    public static final class BadReport extends Exception {
        private static final long serialVersionUID = 1L;

        BadReport(String message) {
            super(message);
        }
    }

    /**
     * Runs the check and exits with its code.
     *
     * @param args the report, the floor and the packages
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs the check: prints the table to {@code out} and each problem as one line to
     * {@code err}.
     *
     * @param args the report, the floor and the packages
     * @param out where the table goes
     * @param err where problems go
     * @return 0 when every package reaches the floor, 1 when one does not, 2 on a bad report or
     *     bad arguments
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 3) {
            err.println("usage: MutationScoreCheck MUTATIONS_XML FLOOR PACKAGE...");
            return 2;
        }
        BigDecimal floor;
        try {
            floor = new BigDecimal(args.get(1));
        } catch (NumberFormatException e) {
            err.println("mutation floor '" + args.get(1) + "' is not a number between 0 and 1");
            return 2;
        }
        if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
            err.println("mutation floor " + args.get(1) + " is not between 0 and 1");
            return 2;
        }
        Path report = Path.of(args.get(0));
        List<Tally> tallies;
        try {
            tallies = tally(report, args.subList(2, args.size()));
        } catch (BadReport e) {
            err.println(e.getMessage());
            return 2;
        }
        out.print(table(tallies));
        List<String> under = new ArrayList<>();
        for (Tally tally : tallies) {
            if (!tally.reaches(floor)) {
                under.add(String.format(Locale.ROOT, "mutation score of %s is %.2f (%d of %d mutants detected), under the floor %s",
                        tally.name(), tally.score(), tally.detected(), tally.total(), floor.toPlainString()));
            }
        }
        under.forEach(err::println);
        return under.isEmpty() ? 0 : 1;
    }

    /**
     * Counts the mutants of each package in a PIT XML report.
     *
     * @param report PIT's {@code mutations.xml}
     * @param packages the packages, in the order of the table
     * @return one tally per package, in the given order
     * @throws BadReport when the file is missing or malformed, a mutant lies in none of the
     *     packages, or a package has no mutant (a sign that it left PIT's target classes)
     */
    public static List<Tally> tally(Path report, List<String> packages) throws BadReport {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String name : packages) {
            counts.put(name, new int[2]);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (InputStream in = Files.newInputStream(report)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean sawRoot = false;
            String detected = null;
            String mutatedClass = null;
            boolean inMutation = false;
            int line = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (!sawRoot) {
                        if (!element.equals("mutations")) {
                            throw new BadReport(report + ": not a PIT mutations report (root element <" + element + ">)");
                        }
                        sawRoot = true;
                    } else if (element.equals("mutation")) {
                        inMutation = true;
                        line = xml.getLocation().getLineNumber();
                        detected = xml.getAttributeValue(null, "detected");
                        mutatedClass = null;
                    } else if (inMutation && element.equals("mutatedClass")) {
                        mutatedClass = xml.getElementText().trim();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("mutation")) {
                    if (mutatedClass == null || mutatedClass.isEmpty()) {
                        throw new BadReport(report + ":" + line + ": a mutation without <mutatedClass>");
                    }
                    if (!"true".equals(detected) && !"false".equals(detected)) {
                        throw new BadReport(report + ":" + line + ": mutation of " + mutatedClass
                                + " has no detected='true|false' attribute");
                    }
                    String owner = owner(mutatedClass, packages);
                    if (owner == null) {
                        throw new BadReport(report + ":" + line + ": mutated class " + mutatedClass
                                + " is in none of the packages " + String.join(", ", packages));
                    }
                    int[] count = counts.get(owner);
                    count[1]++;
                    if (detected.equals("true")) {
                        count[0]++;
                    }
                    inMutation = false;
                }
            }
            if (!sawRoot) {
                throw new BadReport(report + ": empty report");
            }
        } catch (NoSuchFileException e) {
            throw new BadReport(report + ": no such file (did PIT run? it writes mutations.xml only with the XML output format)");
        } catch (IOException e) {
            throw new BadReport(report + ": cannot read: " + e.getMessage());
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber();
            throw new BadReport(report + where + ": malformed XML: " + firstLine(e.getMessage()));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            if (entry.getValue()[1] == 0) {
                throw new BadReport(report + ": no mutant in package " + entry.getKey()
                        + " (is it still among PIT's targetClasses?)");
            }
            tallies.add(new Tally(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
        }
        return tallies;
    }

    /**
     * Formats the table the profile prints, with a total row.
     *
     * @param tallies the packages
     * @return the table, one line per package and a total
     */
    public static String table(List<Tally> tallies) {
        int width = "total".length();
        for (Tally tally : tallies) {
            width = Math.max(width, tally.name().length());
        }
        String row = "%-" + width + "s  %8s  %8s  %6s%n";
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, row, "package", "detected", "mutants", "score"));
        int detected = 0;
        int total = 0;
        for (Tally tally : tallies) {
            text.append(String.format(Locale.ROOT, row, tally.name(), tally.detected(), tally.total(),
                    String.format(Locale.ROOT, "%.2f", tally.score())));
            detected += tally.detected();
            total += tally.total();
        }
        Tally all = new Tally("total", detected, total);
        text.append(String.format(Locale.ROOT, row, all.name(), all.detected(), all.total(),
                String.format(Locale.ROOT, "%.2f", all.score())));
        return text.toString();
    }

    /** The longest package that holds the class, or null. */
    private static String owner(String className, List<String> packages) {
        String best = null;
        for (String name : packages) {
            if (className.startsWith(name + ".") && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // The JDK's parser puts "ParseError at [row,col]" on a line of its own, then "Message: ...".
        String[] lines = message.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }
}
