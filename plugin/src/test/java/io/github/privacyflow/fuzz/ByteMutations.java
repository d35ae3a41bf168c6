package io.github.privacyflow.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Format-blind mutations of any input: what a disk, a download or a bad merge does to a file.
 * Each returns the mutated bytes and appends a one-line description to the case's log, so a
 * failure says exactly what was done to the seed.
 */
final class ByteMutations {

    private ByteMutations() {
    }

    /** Applies one of the mutations below, chosen at random. */
    static byte[] any(SplittableRandom random, byte[] input, List<String> log) {
        return switch (random.nextInt(7)) {
            case 0 -> flipBits(random, input, log);
            case 1 -> setBytes(random, input, log);
            case 2 -> truncate(random, input, log);
            case 3 -> insertChunk(random, input, log);
            case 4 -> deleteChunk(random, input, log);
            case 5 -> duplicateChunk(random, input, log);
            default -> overwriteWithChunk(random, input, log);
        };
    }

    static byte[] flipBits(SplittableRandom random, byte[] input, List<String> log) {
        if (input.length == 0) {
            return input;
        }
        byte[] output = input.clone();
        int flips = 1 + random.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips; i++) {
            int offset = random.nextInt(output.length);
            int bit = random.nextInt(8);
            output[offset] ^= (byte) (1 << bit);
            where.append(i == 0 ? "" : ", ").append(offset).append('.').append(bit);
        }
        log.add("flip bits at " + where);
        return output;
    }

    static byte[] setBytes(SplittableRandom random, byte[] input, List<String> log) {
        if (input.length == 0) {
            return input;
        }
        byte[] output = input.clone();
        int offset = random.nextInt(output.length);
        int count = Math.min(output.length - offset, 1 + random.nextInt(4));
        int value = switch (random.nextInt(3)) {
            case 0 -> 0x00;
            case 1 -> 0xFF;
            default -> random.nextInt(256);
        };
        Arrays.fill(output, offset, offset + count, (byte) value);
        log.add("set " + count + " bytes at " + offset + " to 0x" + Integer.toHexString(value));
        return output;
    }

    static byte[] truncate(SplittableRandom random, byte[] input, List<String> log) {
        int length = input.length == 0 ? 0 : random.nextInt(input.length);
        log.add("truncate to " + length + " of " + input.length + " bytes");
        return Arrays.copyOf(input, length);
    }

    static byte[] insertChunk(SplittableRandom random, byte[] input, List<String> log) {
        int offset = random.nextInt(input.length + 1);
        byte[] chunk = new byte[1 + random.nextInt(64)];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) random.nextInt(256);
        }
        log.add("insert " + chunk.length + " random bytes at " + offset);
        return splice(input, offset, offset, chunk);
    }

    static byte[] deleteChunk(SplittableRandom random, byte[] input, List<String> log) {
        if (input.length == 0) {
            return input;
        }
        int start = random.nextInt(input.length);
        int end = Math.min(input.length, start + 1 + random.nextInt(Math.max(1, input.length / 8)));
        log.add("delete bytes " + start + ".." + end);
        return splice(input, start, end, new byte[0]);
    }

    static byte[] duplicateChunk(SplittableRandom random, byte[] input, List<String> log) {
        if (input.length == 0) {
            return input;
        }
        int start = random.nextInt(input.length);
        int end = Math.min(input.length, start + 1 + random.nextInt(Math.max(1, input.length / 8)));
        int target = random.nextInt(input.length + 1);
        log.add("copy bytes " + start + ".." + end + " to " + target);
        return splice(input, target, target, Arrays.copyOfRange(input, start, end));
    }

    /** Copies a chunk over another place of the same file: structure that is valid somewhere else. */
    static byte[] overwriteWithChunk(SplittableRandom random, byte[] input, List<String> log) {
        if (input.length < 2) {
            return input;
        }
        int length = 1 + random.nextInt(Math.max(1, input.length / 16));
        int from = random.nextInt(input.length - Math.min(length, input.length - 1));
        int to = random.nextInt(input.length);
        byte[] output = input.clone();
        int copied = Math.min(length, Math.min(input.length - from, input.length - to));
        System.arraycopy(input, from, output, to, copied);
        log.add("overwrite bytes " + to + ".." + (to + copied) + " with bytes from " + from);
        return output;
    }

    /** Replaces {@code input[start, end)} by {@code replacement}. */
    static byte[] splice(byte[] input, int start, int end, byte[] replacement) {
        ByteArrayOutputStream output = new ByteArrayOutputStream(input.length + replacement.length);
        output.write(input, 0, start);
        output.writeBytes(replacement);
        output.write(input, end, input.length - end);
        return output.toByteArray();
    }
}
