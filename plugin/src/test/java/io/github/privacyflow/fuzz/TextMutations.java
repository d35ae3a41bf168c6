package io.github.privacyflow.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of text inputs that know a little of their syntax: tokens swapped, brackets left
 * open, numbers too large for any type, values of the wrong type, keys nobody defined, and the
 * encoding accidents editors make (byte-order marks, Latin-1 bytes, lone UTF-8 fragments).
 */
final class TextMutations {

    /** The syntax a text input is written in. */
    enum Syntax {
        JAVA, YAML, XML
    }

    // No alternation inside a repetition: Java's regex engine recurses on those, and a mutated
    // file can hold a string thousands of characters long.
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.-]*|[0-9][0-9A-Za-z.]*|\"[^\"\\n]*\"|\\S");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_$])[0-9]+");
    private static final String[] HUGE_NUMBERS = {
        "99999999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "-1", "0",
        "1e400", "0x7FFFFFFFFFFFFFFF", ".inf", "NaN", "1_000_000", "0777", "12.5"};
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private TextMutations() {
    }

    /**
     * Applies one text mutation suited to the syntax, chosen at random: half of them usually keep
     * the file well-formed (odd values, unknown keys, shifted lines), so the code past the parser
     * is fuzzed too; the other half usually break it.
     */
    static byte[] any(SplittableRandom random, byte[] input, Syntax syntax, List<String> log) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            return switch (random.nextInt(5)) {
                case 0 -> utf8(wrongType(random, text, syntax, log));
                case 1 -> utf8(unknownKey(random, text, syntax, log));
                case 2 -> utf8(hugeNumber(random, text, log));
                case 3 -> utf8(shiftLines(random, text, syntax, log));
                default -> utf8(renameIdentifier(random, text, log));
            };
        }
        return switch (random.nextInt(14)) {
            case 0 -> utf8(swapTokens(random, text, log));
            case 1 -> utf8(deleteOrDuplicateToken(random, text, log));
            case 2 -> utf8(unbalance(random, text, log));
            case 3 -> emptyOrBlank(random, log);
            case 4 -> byteOrderMark(random, input, log);
            case 5 -> nonUtf8(random, input, log);
            case 6 -> utf8(lineEndings(random, text, log));
            case 7 -> utf8(deepNesting(random, text, syntax, log));
            case 8 -> utf8(controlCharacters(random, text, log));
            case 9, 10 -> utf8(syntaxTrap(random, text, syntax, log));
            case 11 -> utf8(swapLines(random, text, log));
            default -> ByteMutations.any(random, input, log);
        };
    }

    /** Inserts blank or comment lines, so what the class file or a finding says about lines is stale. */
    static String shiftLines(SplittableRandom random, String text, Syntax syntax, List<String> log) {
        List<Integer> starts = lineStarts(text);
        int at = starts.get(random.nextInt(starts.size()));
        int count = pickInt(random, 1, 3, 50, 1_000);
        String line = switch (syntax) {
            case JAVA -> random.nextBoolean() ? "\n" : "// shifted\n";
            case YAML -> random.nextBoolean() ? "\n" : "# shifted\n";
            case XML -> random.nextBoolean() ? "\n" : "<!-- shifted -->\n";
        };
        log.add("insert " + count + " lines '" + shorten(line) + "' at " + at);
        return text.substring(0, at) + line.repeat(count) + text.substring(at);
    }

    /** Renames one occurrence of a name: a field, type or key that no longer matches the rest. */
    static String renameIdentifier(SplittableRandom random, String text, List<String> log) {
        List<int[]> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]{2,}\\b").matcher(text);
        while (matcher.find()) {
            names.add(new int[] {matcher.start(), matcher.end()});
        }
        if (names.isEmpty()) {
            return text;
        }
        int[] name = names.get(random.nextInt(names.size()));
        String suffix = pickOne(random, "X", "_2", "\u00e9", "$", "\u0394");
        log.add("rename '" + text.substring(name[0], name[1]) + "' at " + name[0] + " by appending '" + suffix + "'");
        return text.substring(0, name[1]) + suffix + text.substring(name[1]);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new int[] {matcher.start(), matcher.end()});
        }
        return tokens;
    }

    static String swapTokens(SplittableRandom random, String text, List<String> log) {
        List<int[]> tokens = tokens(text);
        if (tokens.size() < 2) {
            return text;
        }
        int a = random.nextInt(tokens.size());
        int b = random.nextInt(tokens.size());
        if (a == b) {
            return text;
        }
        int[] first = tokens.get(Math.min(a, b));
        int[] second = tokens.get(Math.max(a, b));
        log.add("swap tokens at " + first[0] + " and " + second[0]);
        return text.substring(0, first[0]) + text.substring(second[0], second[1]) + text.substring(first[1], second[0])
                + text.substring(first[0], first[1]) + text.substring(second[1]);
    }

    static String deleteOrDuplicateToken(SplittableRandom random, String text, List<String> log) {
        List<int[]> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] token = tokens.get(random.nextInt(tokens.size()));
        String value = text.substring(token[0], token[1]);
        if (random.nextBoolean()) {
            log.add("delete token '" + shorten(value) + "' at " + token[0]);
            return text.substring(0, token[0]) + text.substring(token[1]);
        }
        log.add("duplicate token '" + shorten(value) + "' at " + token[0]);
        return text.substring(0, token[1]) + " " + value + text.substring(token[1]);
    }

    static String unbalance(SplittableRandom random, String text, List<String> log) {
        List<Integer> brackets = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if ("{}[]()<>\"'".indexOf(text.charAt(i)) >= 0) {
                brackets.add(i);
            }
        }
        if (!brackets.isEmpty() && random.nextBoolean()) {
            int at = brackets.get(random.nextInt(brackets.size()));
            log.add("delete '" + text.charAt(at) + "' at " + at);
            return text.substring(0, at) + text.substring(at + 1);
        }
        int at = random.nextInt(text.length() + 1);
        char bracket = "{}[]()<>\"'".charAt(random.nextInt(10));
        log.add("insert '" + bracket + "' at " + at);
        return text.substring(0, at) + bracket + text.substring(at);
    }

    static String hugeNumber(SplittableRandom random, String text, List<String> log) {
        String number = HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)];
        List<int[]> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(new int[] {matcher.start(), matcher.end()});
        }
        if (numbers.isEmpty()) {
            return swapTokens(random, text, log);
        }
        int[] at = numbers.get(random.nextInt(numbers.size()));
        log.add("number at " + at[0] + " replaced by " + number);
        return text.substring(0, at[0]) + number + text.substring(at[1]);
    }

    static String wrongType(SplittableRandom random, String text, Syntax syntax, List<String> log) {
        return switch (syntax) {
            case YAML -> {
                // A value after "key:" becomes a list, a map, a null, a tag or an alias.
                String[] values = {"[a, b]", "{x: 1}", "~", "''", "12", "true", "!!binary AAAA", "&anchor x", "*nothing",
                    "- listed", "|\n  block", ">-", "!custom x", "2001-12-14t21:59:43.10-05:00", "[[[]]]", "{? a}"};
                yield replaceValue(random, text, Pattern.compile("(?m)(:[ ]+)([^#\\n]+)"), values, log);
            }
            case XML -> {
                String[] values = {"", "${undefined}", "${a:-${b:-}}", "-1", "99999999999", "P-1D", "PT", "&amp;&lt;",
                    "%d{yyyy-MM-dd}%d{HH}", "30 days", "1.5", "ch.qos.logback.core.rolling.TimeBasedRollingPolicy"};
                Pattern target = random.nextBoolean() ? Pattern.compile("(=\")([^\"]*)(?=\")")
                        : Pattern.compile("(>)([^<>\\n]+)(?=<)");
                yield replaceValue(random, text, target, values, log);
            }
            case JAVA -> {
                String[] values = {"42", "\"text\"", "null", "class", "int[]", "var", "record", "yield", "_", "this",
                    "java.lang.Object", "'c'", "1L", "@Deprecated", "->", "::", "sealed", "non-sealed"};
                yield replaceValue(random, text, Pattern.compile("()\\b([A-Za-z_][A-Za-z0-9_]*)\\b"), values, log);
            }
        };
    }

    private static String replaceValue(SplittableRandom random, String text, Pattern target, String[] values, List<String> log) {
        List<int[]> spots = new ArrayList<>();
        Matcher matcher = target.matcher(text);
        while (matcher.find()) {
            spots.add(new int[] {matcher.start(2), matcher.end(2)});
        }
        if (spots.isEmpty()) {
            return swapTokens(random, text, log);
        }
        int[] spot = spots.get(random.nextInt(spots.size()));
        String value = values[random.nextInt(values.length)];
        log.add("value '" + shorten(text.substring(spot[0], spot[1])) + "' at " + spot[0] + " replaced by '" + shorten(value) + "'");
        return text.substring(0, spot[0]) + value + text.substring(spot[1]);
    }

    static String unknownKey(SplittableRandom random, String text, Syntax syntax, List<String> log) {
        List<Integer> lineStarts = lineStarts(text);
        int at = lineStarts.get(random.nextInt(lineStarts.size()));
        String indent = indentAt(text, at);
        String insertion = switch (syntax) {
            case YAML -> indent + pickOne(random, "unknown-key: 1", "Categories: {}", "max-days: 30", "sinks: [logging]",
                    "title: \"x\"", "retention: { max-days: 10, until-deleted: true }", "? complex key\n" + indent + ": value",
                    "<<: {a: 1}", "purposes: [undefined-purpose]") + "\n";
            case XML -> indent + pickOne(random, "<unknown attribute=\"1\"/>", "<maxHistory>7</maxHistory>",
                    "<rollingPolicy class=\"x.TimeBasedRollingPolicy\"><fileNamePattern>a.%d.log</fileNamePattern></rollingPolicy>",
                    "<Delete><IfLastModified age=\"P400D\"/></Delete>", "<?unknown processing instruction?>",
                    "<!-- comment -- with double dash -->", "<![CDATA[ <maxHistory> ]]>", "<x:y xmlns:x=\"urn:x\"/>") + "\n";
            case JAVA -> indent + pickOne(random, "@Unknown", "@io.github.privacyflow.annotations.Sensitive(kind = 1)",
                    "private Object unknownField;", "static { }", "@SuppressWarnings(\"PF001\")", "@SuppressWarnings({\"privacyflow\", 1})",
                    "import static java.lang.Math.*;", "module m { }", "enum E { A, B; }", "/** @deprecated */") + "\n";
        };
        log.add("insert '" + shorten(insertion.strip()) + "' at " + at);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    static byte[] emptyOrBlank(SplittableRandom random, List<String> log) {
        String content = pickOne(random, "", "\n", "   \n\t\n", "\u0000", "# only a comment\n", "<!-- -->", "---\n...\n");
        log.add("replace everything by '" + shorten(content) + "'");
        return utf8(content);
    }

    static byte[] byteOrderMark(SplittableRandom random, byte[] input, List<String> log) {
        switch (random.nextInt(4)) {
            case 0 -> {
                log.add("prefix a UTF-8 byte-order mark");
                return ByteMutations.splice(input, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            case 1 -> {
                log.add("prefix two UTF-8 byte-order marks");
                return ByteMutations.splice(input, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            case 2 -> {
                log.add("re-encode as UTF-16LE with its byte-order mark");
                byte[] utf16 = new String(input, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
                return ByteMutations.splice(utf16, 0, 0, new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
            default -> {
                int at = random.nextInt(input.length + 1);
                log.add("insert a UTF-8 byte-order mark at " + at);
                return ByteMutations.splice(input, at, at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        }
    }

    static byte[] nonUtf8(SplittableRandom random, byte[] input, List<String> log) {
        if (random.nextInt(3) == 0) {
            log.add("re-encode as ISO-8859-1 with an accented comment");
            String text = new String(input, StandardCharsets.UTF_8);
            int at = lineStarts(text).get(random.nextInt(lineStarts(text).size()));
            String comment = text.contains("<") && !text.contains("package ") ? "<!-- donn\u00e9es -->\n" : text.contains("package ") ? "// donn\u00e9es\n" : "# donn\u00e9es\n";
            return (text.substring(0, at) + comment + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        int at = random.nextInt(input.length + 1);
        log.add("insert invalid UTF-8 " + hex(bad) + " at " + at);
        return ByteMutations.splice(input, at, at, bad);
    }

    static String lineEndings(SplittableRandom random, String text, List<String> log) {
        String ending = pickOne(random, "\r", "\r\n", "\u2028", "\u0085", "\n\n\n");
        log.add("line endings " + ending.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        return text.replace("\n", ending);
    }

    static String deepNesting(SplittableRandom random, String text, Syntax syntax, List<String> log) {
        int depth = pickInt(random, 100, 1_000, 5_000);
        String open = switch (syntax) {
            case YAML -> "[";
            case XML -> "<a>";
            case JAVA -> "(";
        };
        String close = switch (syntax) {
            case YAML -> "]";
            case XML -> "</a>";
            case JAVA -> ")";
        };
        int at = random.nextInt(text.length() + 1);
        boolean balanced = random.nextBoolean();
        log.add("insert " + depth + (balanced ? " balanced" : " unclosed") + " nested " + open + " at " + at);
        String nested = open.repeat(depth) + (balanced ? close.repeat(depth) : "");
        return text.substring(0, at) + nested + text.substring(at);
    }

    static String controlCharacters(SplittableRandom random, String text, List<String> log) {
        String control = pickOne(random, "\u0000", "\u0001", "\u001b[31m", "\t", "\u00a0", "\u200b", "\ufffe", "\uffff", "\ud800",
                "x".repeat(20_000));
        int at = random.nextInt(text.length() + 1);
        log.add("insert " + (control.length() > 10 ? control.length() + " characters" : control.chars()
                .mapToObj(c -> String.format("U+%04X", c)).toList()) + " at " + at);
        return text.substring(0, at) + control + text.substring(at);
    }

    /** Constructs each syntax is known to find hard: aliases, entities, unicode escapes, text blocks. */
    static String syntaxTrap(SplittableRandom random, String text, Syntax syntax, List<String> log) {
        String trap = switch (syntax) {
            case YAML -> pickOne(random,
                    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
                    "name: !!python/object:os.system x\n", "%YAML 1.1\n---\n", "--- !!set\n", "name: *undefined\n",
                    "name: 'unterminated\n", "name: \"\\uD800\"\n", "\t\tname: tabbed\n", "name: x\nname: y\n", "? [a]\n: b\n");
            case XML -> pickOne(random,
                    "<!DOCTYPE configuration [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                            + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>",
                    "<!DOCTYPE configuration [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE configuration SYSTEM \"http://localhost:1/logback.dtd\">",
                    "<?xml version=\"1.1\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"9.9\"?>", "&undefined;", "<!-- unterminated",
                    "<![CDATA[ unterminated", "</configuration>", "<configuration>", "&#0;", "&#x110000;");
            case JAVA -> pickOne(random, "\\u000a", "\\u002F\\u002A", "\"\"\"\n unterminated text block", "/* unterminated comment",
                    "\"unterminated", "'\\u'", "@interface", ">>>>>", "<<<", "#", "\\", "0x", "1e", "0b2", "case ->", "sealed permits",
                    "record R(int x) { R { } }", "yield", "var var = var;", "switch (x) { case null, default -> {} }");
        };
        int at = syntax == Syntax.XML && trap.startsWith("<!DOCTYPE") ? rootElementStart(text)
                : random.nextInt(text.length() + 1);
        log.add("insert '" + shorten(trap.replace("\n", "\\n")) + "' at " + at);
        String body = trap.contains("&a;") ? text.replaceFirst("(<configuration[^>]*>|<Configuration[^>]*>)", "$1&f;") : text;
        return body.substring(0, Math.min(at, body.length())) + trap + body.substring(Math.min(at, body.length()));
    }

    static String swapLines(SplittableRandom random, String text, List<String> log) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.size() < 2) {
            return text;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        log.add("swap lines " + (a + 1) + " and " + (b + 1));
        return String.join("\n", lines);
    }

    private static int rootElementStart(String text) {
        Matcher matcher = Pattern.compile("<[A-Za-z]").matcher(text);
        return matcher.find() ? matcher.start() : 0;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static String indentAt(String text, int lineStart) {
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    private static String pickOne(SplittableRandom random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static int pickInt(SplittableRandom random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static String shorten(String value) {
        String oneLine = value.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X ", b & 0xFF));
        }
        return text.toString().strip();
    }
}
