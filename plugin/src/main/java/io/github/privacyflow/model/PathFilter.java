package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style include and exclude patterns ({@code **}, {@code *}, {@code ?}), as Maven users
 * write them for other plugins, matched against paths relative to a classes or source root
 * with {@code /} separators.
 *
 * <p>A pattern with no {@code /} that does not end in {@code .java} or {@code .class} is a
 * <em>class name</em> pattern instead, such as {@code org.example.Outer$Inner},
 * {@code Outer.Inner} or {@code org.example.generated.*}: users name nested types either way,
 * so {@code $} and {@code .} are the same there. It matches a class by its fully qualified name
 * or its name within its package, together with the classes nested in it; {@code *} stays within
 * one name, {@code **} crosses them.
 */
public final class PathFilter {

    private static final PathFilter ALL = new PathFilter(List.of(), List.of(), List.of(), List.of());

    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final List<Pattern> classIncludes;
    private final List<Pattern> classExcludes;

    private PathFilter(List<Pattern> includes, List<Pattern> excludes, List<Pattern> classIncludes,
            List<Pattern> classExcludes) {
        this.includes = includes;
        this.excludes = excludes;
        this.classIncludes = classIncludes;
        this.classExcludes = classExcludes;
    }

    /**
     * Returns a filter that accepts every path.
     *
     * @return the accept-all filter
     */
    public static PathFilter all() {
        return ALL;
    }

    /**
     * Builds a filter; an empty include list means everything.
     *
     * @param includes patterns that select paths, e.g. {@code org/example/**}
     * @param excludes patterns that drop selected paths, e.g. {@code **}{@code /generated/**}
     * @return the filter
     */
    public static PathFilter of(List<String> includes, List<String> excludes) {
        return new PathFilter(compile(includes, false), compile(excludes, false), compile(includes, true),
                compile(excludes, true));
    }

    private static List<Pattern> compile(List<String> patterns, boolean classNames) {
        List<Pattern> result = new ArrayList<>();
        if (patterns != null) {
            for (String pattern : patterns) {
                if (pattern != null && !pattern.isBlank() && isClassNamePattern(pattern.trim()) == classNames) {
                    result.add(classNames ? toClassNameRegex(pattern.trim()) : toRegex(pattern.trim()));
                }
            }
        }
        return List.copyOf(result);
    }

    /** Whether a pattern names classes ({@code org.example.Outer$Inner}) rather than files. */
    static boolean isClassNamePattern(String pattern) {
        return pattern.indexOf('/') < 0 && pattern.indexOf('\\') < 0 && !pattern.endsWith(".java")
                && !pattern.endsWith(".class");
    }

    /**
     * The names a class answers to: qualified and within its package, for itself and for each
     * class it is nested in (a class's nested classes go with it, as they go with its source
     * file), with {@code .} between nested names.
     */
    private static List<String> classNames(String binaryName, String packageName) {
        String prefix = packageName == null || packageName.isEmpty() ? "" : packageName + ".";
        String nested = binaryName.startsWith(prefix) ? binaryName.substring(prefix.length()) : binaryName;
        List<String> names = new ArrayList<>();
        String[] parts = nested.split("\\$");
        StringBuilder local = new StringBuilder();
        for (String part : parts) {
            if (local.length() > 0) {
                local.append('.');
            }
            local.append(part);
            names.add(local.toString());
            names.add(prefix + local);
        }
        return names;
    }

    private static Pattern toClassNameRegex(String pattern) {
        String normalised = pattern.replace('$', '.');
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '*' && i + 1 < normalised.length() && normalised.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else if (c == '?') {
                regex.append("[^.]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Pattern toRegex(String antPattern) {
        String pattern = antPattern.replace('\\', '/');
        if (pattern.endsWith("/")) {
            pattern = pattern + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                boolean followedBySlash = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                // "**/" also matches no directory at all, as in Ant.
                regex.append(followedBySlash ? "(?:.*/)?" : ".*");
                i += followedBySlash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Whether any of the given spellings of one file is selected: included by some pattern
     * and excluded by none.
     *
     * @param relativePaths the file's paths relative to its root, with {@code /}; a class is
     *     tested under its class-file path and under its source-file path, so one pattern
     *     serves both
     * @return {@code true} if the file takes part in the analysis
     */
    public boolean accepts(String... relativePaths) {
        return acceptsClass(null, null, relativePaths);
    }

    /**
     * Whether a class is selected, by its file paths (path patterns) and by its names (class
     * name patterns): included by some pattern of either sort and excluded by none.
     *
     * @param binaryName the class's binary name, e.g. {@code org.example.Outer$Inner}, or
     *     {@code null} to test the paths only
     * @param packageName the class's package, e.g. {@code org.example} (empty for the default one)
     * @param relativePaths the class-file path and the source-file path, as for {@link #accepts(String...)}
     * @return {@code true} if the class takes part in the analysis
     */
    public boolean acceptsClass(String binaryName, String packageName, String... relativePaths) {
        boolean included = includes.isEmpty() && classIncludes.isEmpty();
        if (binaryName != null) {
            for (String name : classNames(binaryName, packageName)) {
                for (Pattern exclude : classExcludes) {
                    if (exclude.matcher(name).matches()) {
                        return false;
                    }
                }
                for (Pattern include : classIncludes) {
                    if (include.matcher(name).matches()) {
                        included = true;
                    }
                }
            }
        }
        for (String path : relativePaths) {
            if (path == null) {
                continue;
            }
            for (Pattern exclude : excludes) {
                if (exclude.matcher(path).matches()) {
                    return false;
                }
            }
            for (Pattern include : includes) {
                if (include.matcher(path).matches()) {
                    included = true;
                }
            }
        }
        return included;
    }
}
