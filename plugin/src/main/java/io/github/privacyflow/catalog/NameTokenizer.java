package io.github.privacyflow.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits identifiers into lower-case word parts.
 *
 * <p>The dictionaries match on word parts rather than on substrings, so that {@code page} never
 * contains {@code age} and {@code storage} never contains {@code rage}. The split follows the
 * conventions Java code actually uses: camelCase, PascalCase, snake_case, SCREAMING_CASE,
 * kebab-case, acronyms ({@code IPAddress}), plural acronyms ({@code userIDs}), version suffixes
 * ({@code IPv4}) and digits ({@code addressLine2}).
 */
public final class NameTokenizer {

    private NameTokenizer() {
    }

    /**
     * Splits an identifier into its lower-case word parts.
     *
     * <p>Examples: {@code studentEmailAddr} gives {@code [student, email, addr]}, {@code ip_addr}
     * gives {@code [ip, addr]}, {@code IPAddress} gives {@code [ip, address]},
     * {@code userIPv4} gives {@code [user, ip, v4]}, {@code addressLine2} gives
     * {@code [address, line, 2]}, {@code userIDs} gives {@code [user, ids]}.
     *
     * @param identifier a Java identifier, or any string; {@code null} is treated as empty
     * @return the word parts in order; empty for an empty or separator-only identifier; never
     *     {@code null}
     */
    public static List<String> tokens(String identifier) {
        List<String> out = new ArrayList<>();
        if (identifier == null || identifier.isEmpty()) {
            return out;
        }
        int[] cps = identifier.codePoints().toArray();
        int start = -1;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                // '$', '_', '-', '.', spaces and anything else separate words.
                flush(cps, start, i, out);
                start = -1;
                continue;
            }
            if (start < 0) {
                start = i;
                continue;
            }
            if (isBoundary(cps, start, i)) {
                flush(cps, start, i, out);
                start = i;
            }
        }
        flush(cps, start, cps.length, out);
        return out;
    }

    /** Whether a new word starts at {@code i}, given the current word started at {@code start}. */
    private static boolean isBoundary(int[] cps, int start, int i) {
        int prev = cps[i - 1];
        int c = cps[i];
        boolean prevDigit = Character.isDigit(prev);
        boolean curDigit = Character.isDigit(c);
        if (prevDigit && !curDigit) {
            return true;
        }
        if (!prevDigit && curDigit) {
            // A lone "v" before digits is a version ("v4" in IPv4), which reads as one word.
            boolean loneV = i - start == 1 && (prev == 'v' || prev == 'V');
            return !loneV;
        }
        if (curDigit) {
            return false;
        }
        boolean prevUpper = isUpper(prev);
        boolean curUpper = isUpper(c);
        if (!prevUpper && curUpper) {
            return true;
        }
        if (prevUpper && curUpper) {
            return endsAcronym(cps, i);
        }
        if (prevUpper && c == 'v' && i - start >= 2 && i + 1 < cps.length
                && Character.isDigit(cps[i + 1])) {
            // "IPv4": the acronym ends before the 'v' so that "v4" stays one word.
            return true;
        }
        return false;
    }

    /**
     * Whether the capital at {@code i}, preceded by a capital, starts a new word: in
     * "IPAddress" the 'A' does. A single lower-case "s" after an acronym is its plural ("IDs",
     * "URLs") and a "v" before digits is a version ("IPv4"); neither starts a word.
     */
    private static boolean endsAcronym(int[] cps, int i) {
        int lowerStart = i + 1;
        int lowerEnd = lowerStart;
        while (lowerEnd < cps.length && isLowerLetter(cps[lowerEnd])) {
            lowerEnd++;
        }
        int lowerLen = lowerEnd - lowerStart;
        if (lowerLen == 0) {
            return false;
        }
        if (lowerLen == 1 && cps[lowerStart] == 's'
                && (lowerEnd == cps.length || !isLowerLetter(cps[lowerEnd]))) {
            return false;
        }
        if (lowerLen == 1 && cps[lowerStart] == 'v' && lowerEnd < cps.length
                && Character.isDigit(cps[lowerEnd])) {
            return false;
        }
        return true;
    }

    private static boolean isUpper(int c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Letters without case (e.g. CJK) count as lower case so they never split a word. */
    private static boolean isLowerLetter(int c) {
        return Character.isLetter(c) && !isUpper(c);
    }

    private static void flush(int[] cps, int start, int end, List<String> out) {
        if (start >= 0 && end > start) {
            out.add(new String(cps, start, end - start).toLowerCase(Locale.ROOT));
        }
    }
}
