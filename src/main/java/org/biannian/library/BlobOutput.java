package org.biannian.library;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The primitives of the stored-analysis format, written: unsigned and zig-zag varints, and strings
 * through a table built as they come, so a name, id or rule written a thousand times is stored once.
 *
 * <p>A string is written as a varint: 0 for null, 1 for a new string (its UTF-8 length and bytes
 * follow, and it takes the next slot of the table), {@code 2 + slot} for one written before.
 */
final class BlobOutput {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
    private final Map<String, Integer> slots = new HashMap<>();

    void writeByte(int b) {
        bytes.write(b);
    }

    /** A non-negative long, seven bits a byte, low bits first. */
    void writeUnsigned(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("unsigned varint cannot be negative: " + value);
        }
        while ((value & ~0x7FL) != 0) {
            bytes.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes.write((int) value);
    }

    /** Any int, zig-zag folded so that small negative numbers stay short. */
    void writeSigned(int value) {
        writeUnsigned(zigzag(value));
    }

    /** An int or null: 0 for null, else the zig-zag value plus one. */
    void writeNullable(Integer value) {
        writeUnsigned(value == null ? 0 : zigzag(value) + 1);
    }

    void writeDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            bytes.write((int) (bits >>> (8 * i)) & 0xFF);
        }
    }

    void writeString(String s) {
        if (s == null) {
            writeUnsigned(0);
            return;
        }
        Integer slot = slots.get(s);
        if (slot != null) {
            writeUnsigned(2L + slot);
            return;
        }
        slots.put(s, slots.size());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeUnsigned(1);
        writeUnsigned(utf8.length);
        bytes.write(utf8, 0, utf8.length);
    }

    /** An enum constant by its name (through the string table), never its ordinal: constants may be added. */
    void writeEnum(Enum<?> constant) {
        writeString(constant == null ? null : constant.name());
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    static long zigzag(int value) {
        return Integer.toUnsignedLong(value << 1 ^ value >> 31);
    }
}
