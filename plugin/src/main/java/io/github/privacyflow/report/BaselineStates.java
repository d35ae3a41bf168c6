package io.github.privacyflow.report;

import io.github.privacyflow.finding.Finding;
import io.github.privacyflow.finding.Severity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * How a build's findings stand against a baseline, as every report shows it: each finding is
 * {@code new} (the baseline lacks it: it fails the build) or {@code unchanged} (the baseline
 * accepted it), and the baseline's entries that no finding matched any more are {@code absent}.
 * The names are SARIF 2.1.0's {@code result.baselineState} values (§3.27.24).
 *
 * <p>{@link #NONE} stands for a build without a baseline: reports then carry no baseline state
 * at all, since SARIF gives the property a meaning only when a run is compared with a baseline.
 *
 * <p>Findings are told apart by identity, not by value: the same finding can occur twice (two
 * equal sink calls in one method), and a baseline entry accepts only one of them.
 */
public final class BaselineStates {

    /** SARIF's state of a finding the baseline lacks. */
    public static final String NEW = "new";

    /** SARIF's state of a finding the baseline accepted. */
    public static final String UNCHANGED = "unchanged";

    /** SARIF's state of a baseline entry no finding matched. */
    public static final String ABSENT = "absent";

    /** No baseline: reports show no baseline state. */
    public static final BaselineStates NONE = new BaselineStates(null, List.of(), List.of());

    /**
     * A baseline entry that no finding of this build matched: the finding was fixed, or the code
     * it was about was renamed or moved to another file.
     *
     * @param ruleId e.g. {@code PF002}
     * @param file the file, relative to the module root, as the baseline holds it
     * @param element the element the finding was about, e.g. {@code org.example.Participant#email}
     * @param message the message when the finding was accepted
     */
    public record Absent(String ruleId, String file, String element, String message) {
    }

    private final Path baselineFile;
    private final Set<Finding> baselined;
    private final List<Absent> absent;

    private BaselineStates(Path baselineFile, Collection<Finding> baselined, List<Absent> absent) {
        this.baselineFile = baselineFile;
        Set<Finding> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
        accepted.addAll(baselined);
        this.baselined = Collections.unmodifiableSet(accepted);
        this.absent = List.copyOf(absent);
    }

    /**
     * Describes a comparison with a baseline.
     *
     * @param baselineFile the baseline file; each report names it relative to its own root
     * @param baselined the findings the baseline accepted: the very instances the reports are given
     * @param absent the baseline's entries no finding matched
     * @return the states
     */
    public static BaselineStates of(Path baselineFile, Collection<Finding> baselined, List<Absent> absent) {
        if (baselineFile == null) {
            throw new IllegalArgumentException("a comparison with a baseline names the baseline file");
        }
        return new BaselineStates(baselineFile, baselined, absent);
    }

    /**
     * Tells whether the build was compared with a baseline.
     *
     * @return false for {@link #NONE}
     */
    public boolean compared() {
        return baselineFile != null;
    }

    /**
     * Returns the baseline file.
     *
     * @return the file, or {@code null} without a baseline
     */
    public Path baselineFile() {
        return baselineFile;
    }

    /**
     * Tells whether the baseline accepted a finding.
     *
     * @param finding one of the findings the reports are given
     * @return true when it is {@code unchanged}; false when new, or without a baseline
     */
    public boolean isBaselined(Finding finding) {
        return baselined.contains(finding);
    }

    /**
     * Returns a finding's SARIF baseline state.
     *
     * @param finding one of the findings the reports are given
     * @return {@link #NEW} or {@link #UNCHANGED}; {@code null} without a baseline
     */
    public String state(Finding finding) {
        if (!compared()) {
            return null;
        }
        return isBaselined(finding) ? UNCHANGED : NEW;
    }

    /**
     * Returns the baseline's entries no finding matched.
     *
     * @return them, in the baseline's order; empty without a baseline
     */
    public List<Absent> absent() {
        return absent;
    }

    /**
     * Counts the findings of one severity that are new, or that the baseline accepted.
     *
     * @param findings the findings of the build
     * @param baselined true to count the accepted ones, false the new ones
     * @param severity the severity
     * @return the count; without a baseline every finding is new
     */
    public long count(List<Finding> findings, boolean baselined, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity && isBaselined(finding) == baselined).count();
    }
}
