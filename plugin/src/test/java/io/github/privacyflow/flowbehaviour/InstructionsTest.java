package io.github.privacyflow.flowbehaviour;

import static io.github.privacyflow.testing.FixtureProject.PERSONAL;

import io.github.privacyflow.testing.FixtureProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data through the instructions that ordinary fixtures rarely compile to: arithmetic,
 * casts and arrays of every primitive type, constants of every kind, branches that join values
 * of different types, exception handlers and monitors. Each test also asserts, through the
 * markers, that no method had to be approximated: an instruction the analysis mishandles shows
 * as a warning or a missing finding.
 */
class InstructionsTest {

    @TempDir
    Path folder;

    @Test
    void arithmeticAndCastsOfEveryPrimitiveTypeKeepTheData() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Numbers.java",
                        "package org.example;",
                        "public class Numbers {",
                        PERSONAL, "    long accountNumber;",
                        PERSONAL, "    double weight;",
                        PERSONAL, "    float height;",
                        PERSONAL, "    int age;",
                        PERSONAL, "    short floor;",
                        "    void arithmetic() {",
                        "        System.out.println(accountNumber * 31L + 7L); // expect PF003",
                        "        System.out.println(-weight / 2.5d); // expect PF003",
                        "        System.out.println(height * 1.5f - 1.0f); // expect PF003",
                        "        System.out.println(-height); // expect repeat PF003",
                        "        System.out.println(-accountNumber); // expect repeat PF003",
                        "        System.out.println(-age % 7); // expect PF003",
                        "        System.out.println((accountNumber << 2 | 1L) ^ 3L); // expect repeat PF003",
                        "        System.out.println(weight % 2.0d - 1.0d); // expect repeat PF003",
                        "        System.out.println(height / 2.0f + 2.0f); // expect repeat PF003",
                        "    }",
                        "    void casts() {",
                        "        System.out.println((int) weight); // expect repeat PF003",
                        "        System.out.println((long) height); // expect repeat PF003",
                        "        System.out.println((double) age); // expect repeat PF003",
                        "        System.out.println((float) accountNumber); // expect repeat PF003",
                        "        System.out.println((byte) age); // expect repeat PF003",
                        "        System.out.println((char) floor); // expect PF003",
                        "        System.out.println((int) accountNumber); // expect repeat PF003",
                        "        System.out.println((long) weight); // expect repeat PF003",
                        "        System.out.println((float) weight); // expect repeat PF003",
                        "        System.out.println((double) height); // expect repeat PF003",
                        "        System.out.println((int) height); // expect repeat PF003",
                        "        System.out.println((double) accountNumber); // expect repeat PF003",
                        "        System.out.println((float) age); // expect repeat PF003",
                        "        System.out.println((long) age); // expect repeat PF003",
                        "    }",
                        "    void constants() {",
                        "        System.out.println(100000L);",
                        "        System.out.println(1.25f);",
                        "        System.out.println(0.5d);",
                        "        System.out.println(2.0f);",
                        "        System.out.println(1.0d);",
                        "        System.out.println(123456);",
                        "        System.out.println(Numbers.class);",
                        "        System.out.println(accountNumber > 10L);",
                        "        System.out.println(weight < 1.0d);",
                        "        System.out.println(height >= 1.0f);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void primitiveArraysHoldWhatIsStoredInThem() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Arrays.java",
                        "package org.example;",
                        "public class Arrays {",
                        PERSONAL, "    long accountNumber;",
                        PERSONAL, "    double weight;",
                        PERSONAL, "    float height;",
                        PERSONAL, "    String email;",
                        "    void store() {",
                        "        long[] numbers = new long[1];",
                        "        numbers[0] = accountNumber;",
                        "        System.out.println(numbers[0]); // expect PF003",
                        "        double[] weights = { weight };",
                        "        System.out.println(weights[0]); // expect PF003",
                        "        float[] heights = { height };",
                        "        System.out.println(heights[0]); // expect PF003",
                        "        char[] letters = email.toCharArray();",
                        "        System.out.println(letters[0]); // expect PF003",
                        "        byte[] bytes = email.getBytes();",
                        "        System.out.println(bytes[0]); // expect repeat PF003",
                        "        short[] shorts = { (short) email.length() };",
                        "        boolean[] flags = new boolean[2];",
                        "        int[] counts = new int[3];",
                        "        System.out.println(flags.length + shorts.length + counts.length + shorts[0]);",
                        "        String[][] grid = new String[2][3];",
                        "        System.out.println(grid.length);",
                        "        long[] clean = { 1L };",
                        "        System.out.println(clean[0]);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void branchesThatJoinDifferentTypesKeepTheDataOfBoth() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Joins.java",
                        "package org.example;",
                        "public class Joins {",
                        PERSONAL, "    String email;",
                        PERSONAL, "    long accountNumber;",
                        PERSONAL, "    int age;",
                        "    void objects(boolean flag) {",
                        "        Object chosen = flag ? new StringBuilder(email) : new java.util.ArrayList<String>();",
                        "        System.out.println(chosen); // expect PF003",
                        "        CharSequence text = flag ? new StringBuilder() : email;",
                        "        System.out.println(text); // expect repeat PF003",
                        "        Object maybe = flag ? null : email;",
                        "        System.out.println(maybe); // expect repeat PF003",
                        "        Object other = flag ? email : null;",
                        "        System.out.println(other); // expect repeat PF003",
                        "        CharSequence narrow = flag ? (CharSequence) email : new StringBuilder(\"x\");",
                        "        System.out.println(narrow); // expect repeat PF003",
                        "        Object clean = flag ? new StringBuilder(\"a\") : new java.util.ArrayList<String>();",
                        "        System.out.println(clean);",
                        "    }",
                        "    void primitives(boolean flag) {",
                        "        long mixed = flag ? accountNumber : 0L;",
                        "        System.out.println(mixed); // expect PF003",
                        "        if (flag) {",
                        "            long wide = accountNumber;",
                        "            System.out.println(wide); // expect repeat PF003",
                        "        } else {",
                        "            int narrow = age;",
                        "            System.out.println(narrow); // expect PF003",
                        "        }",
                        "        int after = 1;",
                        "        System.out.println(after);",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }

    @Test
    void handlersMonitorsAndLoopsAreFollowed() {
        FixtureProject.in(folder).rule("PF003")
                .source("org/example/Control.java",
                        "package org.example;",
                        "public class Control {",
                        PERSONAL, "    String email;",
                        "    static final Object LOCK = new Object();",
                        "    void guarded() {",
                        "        synchronized (LOCK) {",
                        "            System.out.println(email); // expect PF003",
                        "        }",
                        "    }",
                        "    void caught() {",
                        "        String copy = null;",
                        "        try {",
                        "            copy = email.substring(1);",
                        "        } catch (RuntimeException e) {",
                        "            System.out.println(e);",
                        "        } finally {",
                        "            System.out.println(copy); // expect repeat PF003",
                        "        }",
                        "    }",
                        "    void looped() {",
                        "        String text = \"\";",
                        "        for (int i = 0; i < 3; i++) {",
                        "            text = text + (i == 2 ? email : \"-\");",
                        "        }",
                        "        System.out.println(text); // expect repeat PF003",
                        "    }",
                        "    void switched(int key) {",
                        "        String chosen;",
                        "        switch (key) {",
                        "            case 1: chosen = email; break;",
                        "            case 7: chosen = \"seven\"; break;",
                        "            case 1000: chosen = \"big\"; break;",
                        "            default: chosen = \"none\";",
                        "        }",
                        "        System.out.println(chosen); // expect repeat PF003",
                        "    }",
                        "    void references() {",
                        "        java.util.function.Supplier<String> supplier = this::toString;",
                        "        java.util.function.Function<String, String> trim = String::trim;",
                        "        System.out.println(supplier.get());",
                        "        System.out.println(trim.apply(email)); // expect repeat PF003",
                        "    }",
                        "}")
                .assertMatchesMarkers();
    }
}
