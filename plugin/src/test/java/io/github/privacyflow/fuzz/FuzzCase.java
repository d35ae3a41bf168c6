package io.github.privacyflow.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One generated input: which kind of file, which seed it came from, what was done to it, and
 * the resulting bytes. Its randomness depends only on the run's seed and the case number, so a
 * case can be replayed alone.
 *
 * @param seed the run's seed
 * @param number the case number, from 0
 * @param kind the kind of input
 * @param seedPath the seed file, relative to where it goes in a project
 * @param targetPath where the mutated file is written, relative to the project root
 * @param mutations what was done to the seed, in order
 * @param content the mutated bytes
 */
record FuzzCase(long seed, int number, Kind kind, String seedPath, String targetPath, List<String> mutations, byte[] content) {

    /** The kinds of input the engine reads, one per test method. */
    enum Kind {
        CLASS_FILE, JAVA_SOURCE, POLICY, LOGGING_CONFIG
    }

    /**
     * The random numbers of one case: the run's seed and the case number mixed (SplitMix64's
     * finaliser), so neighbouring cases do not share a stream.
     *
     * @param seed the run's seed
     * @param number the case number
     * @return the case's generator
     */
    static SplittableRandom random(long seed, int number) {
        long z = seed ^ ((number + 1L) * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /** @return the case's description: seed, number, kind, seed file and mutations */
    String describe() {
        return "seed " + seed + ", case " + number + " (" + kind + ", from " + seedPath + " written as " + targetPath
                + "): " + String.join("; ", mutations);
    }
}
