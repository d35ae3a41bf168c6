package io.github.privacyflow.config;

import io.github.privacyflow.model.Diagnostics;
import io.github.privacyflow.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long logback and log4j2 configurations keep log files, for PF007.
 *
 * <p>Logback keeps {@code maxHistory} rollover periods (none set means forever). Log4j2 deletes
 * old files only through a {@code Delete} action, typically with {@code IfLastModified age};
 * its {@code DefaultRolloverStrategy max} limits only the {@code %i} counter, so a date-based
 * file pattern without a {@code Delete} keeps files forever.
 */
public final class LogRetentionReader {

    /** Logback configuration files, as logback and Spring Boot look them up. */
    public static final List<String> LOGBACK_FILES = List.of("logback.xml", "logback-spring.xml");
    /** Log4j2 configuration files, as log4j2 and Spring Boot look them up. */
    public static final List<String> LOG4J2_FILES = List.of("log4j2.xml", "log4j2-spring.xml");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::-([^}]*))?}");
    private static final Pattern LOG4J2_DURATION = Pattern.compile(
            "P?(?:(\\d+)D)?(?:T?(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?)?", Pattern.CASE_INSENSITIVE);

    private LogRetentionReader() {
    }

    /**
     * Reads the logging configurations at the top of the given resource folders.
     *
     * @param resourceRoots e.g. {@code src/main/resources}
     * @param diagnostics where unreadable configurations are reported
     * @return one entry per rolling appender whose retention is known or unbounded, in file order
     */
    public static List<LogRetention> read(List<Path> resourceRoots, Diagnostics diagnostics) {
        List<LogRetention> result = new ArrayList<>();
        // A module often lists one folder as two resources (filtered and unfiltered parts), and
        // one folder can be reached by two spellings: each configuration is read, and warned
        // about, once per module.
        Set<Path> seen = new HashSet<>();
        for (Path root : resourceRoots) {
            for (String name : LOGBACK_FILES) {
                Path file = root.resolve(name).toAbsolutePath().normalize();
                if (Files.isRegularFile(file) && seen.add(canonical(file))) {
                    XmlReader.read(file, diagnostics).ifPresent(xml -> readLogback(file, xml, result));
                }
            }
            for (String name : LOG4J2_FILES) {
                Path file = root.resolve(name).toAbsolutePath().normalize();
                if (Files.isRegularFile(file) && seen.add(canonical(file))) {
                    XmlReader.read(file, diagnostics).ifPresent(xml -> readLog4j2(file, xml, result, diagnostics));
                }
            }
        }
        return result;
    }

    private static Path canonical(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file;
        }
    }

    private static void readLogback(Path file, XmlElement configuration, List<LogRetention> result) {
        Map<String, String> properties = new HashMap<>();
        for (String tag : List.of("property", "variable")) {
            for (XmlElement property : configuration.descendants(tag)) {
                Optional<String> name = property.attribute("name");
                Optional<String> value = property.attribute("value");
                if (name.isPresent() && value.isPresent()) {
                    properties.put(name.get(), value.get());
                }
            }
        }
        for (XmlElement appender : configuration.descendants("appender")) {
            String appenderName = appender.attribute("name").orElse("?");
            Optional<XmlElement> policy = appender.child("rollingPolicy");
            if (policy.isEmpty()) {
                continue;
            }
            String policyClass = policy.get().attribute("class").orElse("");
            if (!policyClass.endsWith("TimeBasedRollingPolicy")) {
                continue;
            }
            String pattern = policy.get().child("fileNamePattern").map(element -> resolve(element.text(), properties)).orElse("");
            double period = RolloverPeriod.days(pattern);
            if (period == 0) {
                continue;
            }
            Optional<XmlElement> maxHistory = policy.get().child("maxHistory");
            Optional<Integer> count = maxHistory.flatMap(element -> parseInt(resolve(element.text(), properties)));
            if (maxHistory.isPresent() && count.isEmpty()) {
                continue;
            }
            if (count.isEmpty() || count.get() <= 0) {
                result.add(new LogRetention(new SourceLocation(file, policy.get().line(), 0), appenderName,
                        Double.POSITIVE_INFINITY, "no maxHistory on " + simpleName(policyClass)));
            } else {
                result.add(new LogRetention(new SourceLocation(file, maxHistory.get().line(), 0), appenderName,
                        count.get() * period, "maxHistory " + count.get() + " (" + periodWord(period) + ")"));
            }
        }
    }

    private static void readLog4j2(Path file, XmlElement configuration, List<LogRetention> result, Diagnostics diagnostics) {
        Map<String, String> properties = new HashMap<>();
        for (XmlElement property : configuration.descendants("Property")) {
            property.attribute("name").ifPresent(name -> properties.put(name,
                    property.attribute("value").orElse(property.text())));
        }
        List<XmlElement> appenders = new ArrayList<>(configuration.descendants("RollingFile"));
        appenders.addAll(configuration.descendants("RollingRandomAccessFile"));
        appenders.sort((a, b) -> Integer.compare(a.line(), b.line()));
        for (XmlElement appender : appenders) {
            String appenderName = appender.attribute("name").orElse("?");
            String pattern = resolve(appender.attribute("filePattern").orElse(""), properties);
            double period = RolloverPeriod.days(pattern);
            Optional<XmlElement> strategy = appender.child("DefaultRolloverStrategy")
                    .or(() -> appender.child("DirectWriteRolloverStrategy"));
            Optional<LogRetention> byAge = deleteByAge(file, appenderName, strategy, properties, diagnostics);
            if (byAge.isPresent()) {
                result.add(byAge.get());
                continue;
            }
            if (period == 0) {
                // A size-only pattern keeps a count of files, not a number of days.
                continue;
            }
            Optional<Integer> maxFiles = strategy.filter(element -> element.name().equalsIgnoreCase("DirectWriteRolloverStrategy"))
                    .flatMap(element -> element.attribute("maxFiles")).flatMap(value -> parseInt(resolve(value, properties)));
            if (maxFiles.isPresent() && maxFiles.get() > 0 && !RolloverPeriod.hasCounter(pattern)) {
                result.add(new LogRetention(new SourceLocation(file, strategy.get().line(), 0), appenderName,
                        maxFiles.get() * period, "DirectWriteRolloverStrategy maxFiles " + maxFiles.get() + " (" + periodWord(period) + ")"));
                continue;
            }
            int line = strategy.map(XmlElement::line).orElse(appender.line());
            String setting = strategy.map(element -> element.name() + element.attribute("max").map(max -> " max " + max).orElse(""))
                    .orElse("no rollover strategy");
            result.add(new LogRetention(new SourceLocation(file, line, 0), appenderName, Double.POSITIVE_INFINITY,
                    setting + " with a dated filePattern and no Delete action (max limits only %i)"));
        }
    }

    private static Optional<LogRetention> deleteByAge(Path file, String appenderName, Optional<XmlElement> strategy,
            Map<String, String> properties, Diagnostics diagnostics) {
        LogRetention longest = null;
        for (XmlElement delete : strategy.map(element -> element.descendants("Delete")).orElse(List.of())) {
            for (XmlElement condition : delete.descendants("IfLastModified")) {
                String age = resolve(condition.attribute("age").orElse(""), properties);
                Optional<Double> days = log4j2Days(age);
                if (days.isEmpty()) {
                    diagnostics.warn(file, condition.line(), "IfLastModified age is not a log4j2 duration; not checked");
                    continue;
                }
                if (longest == null || days.get() > longest.days()) {
                    longest = new LogRetention(new SourceLocation(file, condition.line(), 0), appenderName, days.get(),
                            "Delete IfLastModified age " + age);
                }
            }
        }
        return Optional.ofNullable(longest);
    }

    static Optional<Double> log4j2Days(String age) {
        Matcher matcher = LOG4J2_DURATION.matcher(age.strip());
        if (age.isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        double days = number(matcher.group(1)) + number(matcher.group(2)) / 24.0
                + number(matcher.group(3)) / 1_440.0 + number(matcher.group(4)) / 86_400.0;
        return Optional.of(days);
    }

    private static double number(String digits) {
        return digits == null ? 0 : Double.parseDouble(digits);
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String replacement = properties.get(key);
            if (replacement == null) {
                replacement = matcher.group(2) != null ? matcher.group(2) : matcher.group();
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String periodWord(double period) {
        if (period >= 366) {
            return "yearly";
        }
        if (period >= 31) {
            return "monthly";
        }
        if (period >= 7) {
            return "weekly";
        }
        if (period >= 1) {
            return "daily";
        }
        return period >= 1.0 / 24 ? "hourly" : "more than hourly";
    }
}
