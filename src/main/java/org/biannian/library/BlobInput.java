package org.biannian.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The primitives of the stored-analysis format, read back ({@link BlobOutput} writes them). Every read is
 * checked against the bytes left, so damaged data stops with a {@link LibraryException} saying where,
 * never with an index error or an allocation the data cannot back.
 */
final class BlobInput {

    private final byte[] data;
    private int at;
    private final String what;
    private final List<String> table = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** @param what names the data in messages, e.g. 「the stored analysis of xixiaji-994-998」 */
    BlobInput(byte[] data, String what) {
        this.data = data;
        this.what = what;
    }

    LibraryException damaged(String problem) {
        return new LibraryException(what + " is damaged: " + problem + " (at byte " + at + " of " + data.length + ")", null);
    }

    int remaining() {
        return data.length - at;
    }

    boolean atEnd() {
        return at == data.length;
    }

    int readByte() {
        if (at >= data.length) {
            throw damaged("it ends early");
        }
        return data[at++] & 0xFF;
    }

    long readUnsigned() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0 || shift == 63 && b > 1) {
                    throw damaged("a number is out of range");
                }
                return value;
            }
        }
        throw damaged("a number runs past ten bytes");
    }

    /** An unsigned varint that must fit an int. */
    int readInt() {
        long v = readUnsigned();
        if (v > Integer.MAX_VALUE) {
            throw damaged("a number is out of range: " + v);
        }
        return (int) v;
    }

    /**
     * How many items follow: each takes at least {@code minBytes} bytes, so a count the remaining bytes
     * cannot hold is damage, found before anything is allocated for it.
     */
    int readCount(int minBytes) {
        long n = readUnsigned();
        if (n > remaining() || n * minBytes > remaining()) {
            throw damaged("a list of " + n + " items cannot fit in the " + remaining() + " bytes left");
        }
        return (int) n;
    }

    int readSigned() {
        long raw = readUnsigned();
        if (raw > 0xFFFFFFFFL) {
            throw damaged("a number is out of range: " + raw);
        }
        int u = (int) raw;
        return u >>> 1 ^ -(u & 1);
    }

    Integer readNullable() {
        long raw = readUnsigned();
        if (raw == 0) {
            return null;
        }
        if (raw - 1 > 0xFFFFFFFFL) {
            throw damaged("a number is out of range: " + raw);
        }
        int u = (int) (raw - 1);
        return u >>> 1 ^ -(u & 1);
    }

    double readDouble() {
        if (remaining() < 8) {
            throw damaged("it ends early");
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (data[at++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    String readString() {
        long tag = readUnsigned();
        if (tag == 0) {
            return null;
        }
        if (tag >= 2) {
            if (tag - 2 >= table.size()) {
                throw damaged("string " + (tag - 2) + " is not in the table of " + table.size());
            }
            return table.get((int) (tag - 2));
        }
        int length = readInt();
        if (length > remaining()) {
            throw damaged("a string of " + length + " bytes runs past the end");
        }
        String s = new String(data, at, length, StandardCharsets.UTF_8);
        // The fast decoder replaces a malformed sequence by U+FFFD: only then is the strict one needed to tell.
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                utf8.decode(ByteBuffer.wrap(data, at, length));
            } catch (CharacterCodingException e) {
                throw damaged("a string is not UTF-8");
            }
        }
        at += length;
        table.add(s);
        return s;
    }

    String readRequiredString(String field) {
        String s = readString();
        if (s == null) {
            throw damaged(field + " is missing");
        }
        return s;
    }

    /** An enum constant by name; a name this version does not know is refused, never guessed. */
    <E extends Enum<E>> E readEnum(Class<E> type) {
        String name = readString();
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw damaged(type.getSimpleName() + " has no constant 「" + name + "」 in this version of Biannian");
        }
    }

    <E extends Enum<E>> E readRequiredEnum(Class<E> type) {
        E e = readEnum(type);
        if (e == null) {
            throw damaged("a " + type.getSimpleName() + " is missing");
        }
        return e;
    }
}
