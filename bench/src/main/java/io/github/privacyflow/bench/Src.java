package io.github.privacyflow.bench;

import java.util.TreeSet;

/** A Java source file being written: its imports and its indented body, with {@code \n} line ends. */
final class Src {

    private static final String INDENT = "    ";

    private final String packageName;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder(4096);
    private int depth;

    Src(String packageName) {
        this.packageName = packageName;
    }

    /** Imports a type unless it is in {@code java.lang} or this package. */
    Src imp(String qualifiedName) {
        if (qualifiedName == null) {
            return this;
        }
        int dot = qualifiedName.lastIndexOf('.');
        String owner = dot < 0 ? "" : qualifiedName.substring(0, dot);
        if (!owner.equals("java.lang") && !owner.equals(packageName)) {
            imports.add(qualifiedName);
        }
        return this;
    }

    Src line(String text) {
        if (text.isEmpty()) {
            body.append('\n');
            return this;
        }
        body.append(INDENT.repeat(depth)).append(text).append('\n');
        return this;
    }

    /** Writes a Javadoc comment: the first line is the summary; lines starting with {@code @} are tags. */
    Src doc(String... lines) {
        if (lines.length == 1 && !lines[0].startsWith("@")) {
            return line("/** " + lines[0] + " */");
        }
        line("/**");
        boolean tags = false;
        for (String text : lines) {
            if (text.startsWith("@") && !tags) {
                line(" *");
                tags = true;
            }
            line(" * " + text);
        }
        return line(" */");
    }

    Src blank() {
        body.append('\n');
        return this;
    }

    /** Writes {@code header {} and indents. */
    Src open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    /** Closes a block with a plain brace. */
    Src close() {
        return close("");
    }

    /** Closes a block: {@code }} followed by the suffix, e.g. {@code ;} or {@code );}. */
    Src close(String suffix) {
        depth--;
        line("}" + suffix);
        return this;
    }

    /** Dedents, writes a continuation such as {@code } else {}, and indents again. */
    Src reopen(String text) {
        depth--;
        line(text);
        depth++;
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder(body.length() + 64 * imports.size() + 64);
        out.append("package ").append(packageName).append(";\n\n");
        boolean any = false;
        for (String imported : imports) {
            if (!isJdk(imported)) {
                out.append("import ").append(imported).append(";\n");
                any = true;
            }
        }
        boolean separated = !any;
        for (String imported : imports) {
            if (isJdk(imported)) {
                if (!separated) {
                    out.append('\n');
                    separated = true;
                }
                out.append("import ").append(imported).append(";\n");
            }
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        out.append(body);
        return out.toString();
    }

    private static boolean isJdk(String imported) {
        return imported.startsWith("java.") || imported.startsWith("javax.");
    }
}
