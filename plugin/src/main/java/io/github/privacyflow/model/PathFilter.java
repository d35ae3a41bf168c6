package io.github.privacyflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style include and exclude patterns ({@code **}, {@code *}, {@code ?}), as Maven users
 * write them for other plugins, matched against paths relative to a classes or source root
 * with {@code /} separators.
 */
public final class PathFilter {

    private static final PathFilter ALL = new PathFilter(List.of(), List.of());

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    private PathFilter(List<Pattern> includes, List<Pattern> excludes) {
        this.includes = includes;
        this.excludes = excludes;
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
        return new PathFilter(compile(includes), compile(excludes));
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> result = new ArrayList<>();
        if (patterns != null) {
            for (String pattern : patterns) {
                if (pattern != null && !pattern.isBlank()) {
                    result.add(toRegex(pattern.trim()));
                }
            }
        }
        return List.copyOf(result);
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
        boolean included = includes.isEmpty();
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
