package io.github.privacyflow.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations that know the class-file format (JVMS §4): each breaks one promise a reader relies
 * on, such as an index that points into the constant pool at an entry of the right kind, or an
 * attribute length that matches its content. Random bytes rarely hit these places.
 */
final class ClassFileMutations {

    private ClassFileMutations() {
    }

    /** Applies one structure-aware mutation, chosen at random; the input must be a valid class file. */
    static byte[] any(SplittableRandom random, byte[] input, List<String> log) {
        ClassFileLayout layout;
        try {
            layout = new ClassFileLayout(input);
        } catch (RuntimeException e) {
            // An earlier mutation already broke the structure: fall back to blind bytes.
            return ByteMutations.any(random, input, log);
        }
        byte[] output = input.clone();
        switch (random.nextInt(12)) {
            case 0 -> {
                int magic = switch (random.nextInt(3)) {
                    case 0 -> 0xCAFEBABF;
                    case 1 -> 0x504B0304; // a zip file's magic: a jar renamed to .class
                    default -> random.nextInt();
                };
                putU4(output, 0, magic);
                log.add("magic 0x" + Integer.toHexString(magic));
            }
            case 1 -> {
                int major = pick(random, 0, 44, 45, 66, 70, 0xFFFF, random.nextInt(0x10000));
                putU2(output, 6, major);
                log.add("major version " + major);
            }
            case 2 -> {
                int at = layout.indexOffsets.get(random.nextInt(layout.indexOffsets.size()));
                int count = layout.tags.length;
                int index = pick(random, 0, count, count + 1 + random.nextInt(100), 0xFFFF,
                        wrongKind(random, layout, u2(input, at)));
                putU2(output, at, index);
                log.add("constant-pool index at " + at + " set from " + u2(input, at) + " to " + index
                        + " (pool has " + count + " slots)");
            }
            case 3 -> {
                int count = pick(random, 0, 1, layout.tags.length / 2, layout.tags.length + 1, 0xFFFF);
                putU2(output, ClassFileLayout.CONSTANT_POOL_COUNT, count);
                log.add("constant_pool_count " + count + " instead of " + layout.tags.length);
            }
            case 4 -> {
                int at = layout.attributeLengthOffsets.get(random.nextInt(layout.attributeLengthOffsets.size()));
                int was = u4(input, at);
                int length = pick(random, 0, was - 1, was + 1, was * 2, Integer.MAX_VALUE, -1);
                putU4(output, at, length);
                log.add("attribute_length at " + at + " " + Integer.toUnsignedString(length) + " instead of " + was);
            }
            case 5 -> {
                if (layout.maxStackOffsets.isEmpty()) {
                    return ByteMutations.any(random, input, log);
                }
                boolean locals = random.nextBoolean();
                int at = layout.maxStackOffsets.get(random.nextInt(layout.maxStackOffsets.size())) + (locals ? 2 : 0);
                int value = pick(random, 0, 0xFFFF, 0x8000, 1);
                putU2(output, at, value);
                log.add((locals ? "max_locals" : "max_stack") + " at " + at + " set to " + value);
            }
            case 6 -> {
                if (layout.codeRanges.isEmpty()) {
                    return ByteMutations.any(random, input, log);
                }
                int[] code = layout.codeRanges.get(random.nextInt(layout.codeRanges.size()));
                if (random.nextBoolean()) {
                    int at = code[0] + random.nextInt(code[1]);
                    // 0xCB..0xFD are unassigned opcodes; the others are real opcodes out of place.
                    int opcode = random.nextBoolean() ? 0xCB + random.nextInt(0x33) : random.nextInt(256);
                    output[at] = (byte) opcode;
                    log.add("bytecode at " + at + " set to 0x" + Integer.toHexString(opcode));
                } else {
                    int length = pick(random, 0, code[1] - 1, code[1] + 1, 0x10000, Integer.MAX_VALUE);
                    putU4(output, code[0] - 4, length);
                    log.add("code_length at " + (code[0] - 4) + " " + length + " instead of " + code[1]);
                }
            }
            case 7 -> {
                if (layout.descriptorOffsets.isEmpty()) {
                    return ByteMutations.any(random, input, log);
                }
                int at = layout.descriptorOffsets.get(random.nextInt(layout.descriptorOffsets.size()));
                int length = u2(input, at - 2);
                if (length == 0) {
                    return ByteMutations.any(random, input, log);
                }
                int position = at + random.nextInt(length);
                char replacement = "();[LVJZ/<>.IX".charAt(random.nextInt(14));
                output[position] = (byte) replacement;
                log.add("descriptor byte at " + position + " set to '" + replacement + "'");
            }
            case 8 -> {
                int flags = pick(random, 0xFFFF, 0x0200, 0x0600, 0x2000, 0x4000, 0x8000, random.nextInt(0x10000));
                putU2(output, layout.accessFlagsOffset, flags);
                log.add("class access_flags 0x" + Integer.toHexString(flags));
            }
            case 9 -> {
                // super_class = this_class: a class that extends itself.
                int self = u2(input, layout.accessFlagsOffset + 2);
                putU2(output, layout.accessFlagsOffset + 4, self);
                log.add("super_class set to this_class (" + self + ")");
            }
            case 10 -> {
                // One character of a name changed for another that names can hold: the class still
                // reads, but refers to a class, member or type that does not exist.
                int index = utf8Entry(random, layout);
                int length = index < 0 ? 0 : u2(input, layout.entryOffsets[index] + 1);
                if (length == 0) {
                    return ByteMutations.any(random, input, log);
                }
                int at = layout.entryOffsets[index] + 3 + random.nextInt(length);
                char replacement = "abcXYZ_$019/;".charAt(random.nextInt(13));
                output[at] = (byte) replacement;
                log.add("UTF-8 entry " + index + " '" + layout.utf8(index) + "' byte at " + at + " set to '" + replacement + "'");
            }
            default -> {
                int index = utf8Entry(random, layout);
                if (index < 0) {
                    return ByteMutations.any(random, input, log);
                }
                int offset = layout.entryOffsets[index];
                int length = u2(input, offset + 1);
                if (random.nextBoolean() || length == 0) {
                    int declared = pick(random, 0, length + 1, length + 1000, 0xFFFF);
                    putU2(output, offset + 1, declared);
                    log.add("UTF-8 entry " + index + " declares " + declared + " bytes instead of " + length);
                } else {
                    // Bytes that modified UTF-8 never holds: 0, 0xF0..0xFF, or a lone continuation.
                    int at = offset + 3 + random.nextInt(length);
                    int value = pick(random, 0x00, 0xFF, 0xF0, 0x80, 0xC0);
                    output[at] = (byte) value;
                    log.add("UTF-8 entry " + index + " byte at " + at + " set to 0x" + Integer.toHexString(value));
                }
            }
        }
        return output;
    }

    private static int wrongKind(SplittableRandom random, ClassFileLayout layout, int current) {
        int tag = current > 0 && current < layout.tags.length ? layout.tags[current] : 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            int index = 1 + random.nextInt(layout.tags.length - 1);
            if (layout.tags[index] != 0 && layout.tags[index] != tag) {
                return index;
            }
        }
        return 0;
    }

    private static int utf8Entry(SplittableRandom random, ClassFileLayout layout) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int index = 1 + random.nextInt(layout.tags.length - 1);
            if (layout.tags[index] == ClassFileLayout.UTF8) {
                return index;
            }
        }
        return -1;
    }

    private static int pick(SplittableRandom random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static int u2(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }

    private static int u4(byte[] bytes, int offset) {
        return (u2(bytes, offset) << 16) | u2(bytes, offset + 2);
    }

    private static void putU2(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 8);
        bytes[offset + 1] = (byte) value;
    }

    private static void putU4(byte[] bytes, int offset, int value) {
        putU2(bytes, offset, value >>> 16);
        putU2(bytes, offset + 2, value & 0xFFFF);
    }
}
