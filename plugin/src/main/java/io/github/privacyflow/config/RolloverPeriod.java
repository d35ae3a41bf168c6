package io.github.privacyflow.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rollover period a file name pattern implies: {@code app.%d{yyyy-MM-dd}.log} rolls daily,
 * {@code %d{yyyy-MM}} monthly. Both logback and log4j2 derive it from the finest unit of the
 * date pattern, which is how a count of archives becomes a number of days.
 */
final class RolloverPeriod {

    private static final Pattern DATE_TOKEN = Pattern.compile("%d(?:ate)?(?:\\{([^}]*)})?");

    private RolloverPeriod() {
    }

    /**
     * Returns the period in days of the first non-auxiliary date token.
     *
     * @param fileNamePattern the file name pattern
     * @return days per rollover (fractions for hourly), or 0 when the pattern has no date
     */
    static double days(String fileNamePattern) {
        Matcher matcher = DATE_TOKEN.matcher(fileNamePattern);
        while (matcher.find()) {
            String options = matcher.group(1) == null ? "yyyy-MM-dd" : matcher.group(1);
            String[] parts = options.split(",");
            // Logback marks secondary date tokens "aux": they do not drive the rollover.
            boolean auxiliary = parts.length > 1 && parts[1].strip().equalsIgnoreCase("aux");
            if (!auxiliary) {
                return finestUnitDays(parts[0].isBlank() ? "yyyy-MM-dd" : parts[0]);
            }
        }
        return 0;
    }

    /**
     * Whether the pattern has an integer counter ({@code %i}), which log4j2's {@code max}
     * limits.
     *
     * @param fileNamePattern the file name pattern
     * @return {@code true} with a counter
     */
    static boolean hasCounter(String fileNamePattern) {
        return fileNamePattern.contains("%i");
    }

    private static double finestUnitDays(String datePattern) {
        String letters = datePattern.replaceAll("'[^']*'", "");
        if (letters.contains("s") || letters.contains("S")) {
            return 1.0 / 86_400;
        }
        if (letters.contains("m")) {
            return 1.0 / 1_440;
        }
        if (letters.matches(".*[HhkK].*")) {
            return 1.0 / 24;
        }
        if (letters.matches(".*[dDEFu].*")) {
            return 1;
        }
        if (letters.matches(".*[wW].*")) {
            return 7;
        }
        if (letters.contains("M")) {
            // A month of archives can span 31 days; retention is about the longest case.
            return 31;
        }
        return letters.matches(".*[yY].*") ? 366 : 0;
    }
}
