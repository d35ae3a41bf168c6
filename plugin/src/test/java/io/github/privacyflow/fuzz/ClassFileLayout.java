package io.github.privacyflow.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a valid class file lie (JVMS §4), so mutations can hit the places a reader
 * must not trust: constant-pool indexes, attribute lengths, {@code max_stack}, descriptors.
 * Only seeds are laid out; they are compiled by javac, so the walk needs no error handling.
 */
final class ClassFileLayout {

    /** The kinds of constant-pool entries, by the tag byte (JVMS table 4.4-B). */
    static final int UTF8 = 1;
    static final int CLASS = 7;
    static final int STRING = 8;
    static final int FIELDREF = 9;
    static final int METHODREF = 10;
    static final int NAME_AND_TYPE = 12;

    /** The offset of the {@code constant_pool_count} u2. */
    static final int CONSTANT_POOL_COUNT = 8;

    /** Every u2 that holds a constant-pool index, wherever it is. */
    final List<Integer> indexOffsets = new ArrayList<>();
    /** The tag of each constant-pool entry, by index; 0 for unusable slots. */
    final int[] tags;
    /** The offset of each constant-pool entry's tag byte, by index. */
    final int[] entryOffsets;
    /** The UTF-8 entries that are field or method descriptors, as offsets of their first byte. */
    final List<Integer> descriptorOffsets = new ArrayList<>();
    /** The offset of every attribute's {@code attribute_length} u4. */
    final List<Integer> attributeLengthOffsets = new ArrayList<>();
    /** The offset of every {@code Code} attribute's {@code max_stack} u2 ({@code max_locals} follows). */
    final List<Integer> maxStackOffsets = new ArrayList<>();
    /** The offset and length of every method's bytecode array. */
    final List<int[]> codeRanges = new ArrayList<>();
    /** The offset of {@code access_flags}; {@code this_class} and {@code super_class} follow. */
    final int accessFlagsOffset;

    private final byte[] bytes;
    private int position;

    ClassFileLayout(byte[] classFile) {
        this.bytes = classFile;
        position = CONSTANT_POOL_COUNT;
        int count = u2();
        tags = new int[count];
        entryOffsets = new int[count];
        List<Integer> descriptorIndexes = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            entryOffsets[index] = position;
            int tag = u1();
            tags[index] = tag;
            switch (tag) {
                case UTF8 -> {
                    int length = u2();
                    position += length;
                }
                case 3, 4 -> position += 4; // Integer, Float
                case 5, 6 -> { // Long, Double take two slots
                    position += 8;
                    index++;
                }
                case CLASS, STRING, 16, 19, 20 -> index(); // Class, String, MethodType, Module, Package
                case FIELDREF, METHODREF, 11 -> { // Fieldref, Methodref, InterfaceMethodref
                    index();
                    index();
                }
                case NAME_AND_TYPE -> {
                    index();
                    descriptorIndexes.add(u2At(position));
                    index();
                }
                case 15 -> { // MethodHandle: reference kind, then an index
                    position++;
                    index();
                }
                case 17, 18 -> { // Dynamic, InvokeDynamic: a bootstrap method number, then an index
                    position += 2;
                    index();
                }
                default -> throw new IllegalArgumentException("constant-pool tag " + tag + " in a seed");
            }
        }
        accessFlagsOffset = position;
        position += 2;
        index();
        if (u2At(position) != 0) {
            index();
        } else {
            position += 2;
        }
        int interfaces = u2();
        for (int i = 0; i < interfaces; i++) {
            index();
        }
        for (int member = 0; member < 2; member++) {
            int members = u2();
            for (int i = 0; i < members; i++) {
                position += 2;
                index();
                descriptorIndexes.add(u2At(position));
                index();
                attributes();
            }
        }
        attributes();
        for (int index : descriptorIndexes) {
            if (index > 0 && index < count && tags[index] == UTF8) {
                descriptorOffsets.add(entryOffsets[index] + 3);
            }
        }
    }

    /** The text of the UTF-8 entry at an index. */
    String utf8(int index) {
        int offset = entryOffsets[index];
        return new String(bytes, offset + 3, u2At(offset + 1), StandardCharsets.UTF_8);
    }

    private void attributes() {
        int attributes = u2();
        for (int i = 0; i < attributes; i++) {
            int nameIndex = u2At(position);
            index();
            attributeLengthOffsets.add(position);
            int length = u4();
            int end = position + length;
            if (tags[nameIndex] == UTF8 && utf8(nameIndex).equals("Code")) {
                maxStackOffsets.add(position);
                position += 4;
                int codeLength = u4();
                codeRanges.add(new int[] {position, codeLength});
                position += codeLength;
                int handlers = u2();
                position += handlers * 8;
                attributes();
            }
            position = end;
        }
    }

    private void index() {
        indexOffsets.add(position);
        position += 2;
    }

    private int u1() {
        return bytes[position++] & 0xFF;
    }

    private int u2() {
        int value = u2At(position);
        position += 2;
        return value;
    }

    private int u4() {
        int value = (u2At(position) << 16) | u2At(position + 2);
        position += 4;
        return value;
    }

    private int u2At(int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
