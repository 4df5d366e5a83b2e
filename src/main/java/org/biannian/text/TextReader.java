package org.biannian.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads UTF-8 bytes into a {@link SourceText}, strictly: malformed bytes are reported, never replaced. */
public final class TextReader {

    private TextReader() {
    }

    /** The most a byte array holds: the hard limit of one text in memory. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    /** Reads the file at {@code path}; the text's name is the path as given. */
    public static SourceText read(Path path) throws InputException {
        return read(path, MAX_BYTES);
    }

    /**
     * Reads the file at {@code path}, at most {@code maxBytes} of it: a larger file (or an endless
     * one, such as /dev/zero) is refused with its size before it can exhaust the memory.
     *
     * @throws InputException if the file cannot be read, is larger than {@code maxBytes} or is not UTF-8
     */
    public static SourceText read(Path path, long maxBytes) throws InputException {
        long limit = Math.min(maxBytes, MAX_BYTES);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            if (Files.isRegularFile(path) && Files.size(path) > limit) {
                throw tooLarge(path, "is " + bytesForHumans(Files.size(path)), limit);
            }
            bytes = in.readNBytes((int) limit + 1);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > limit) {
            throw tooLarge(path, "holds more than that", limit);
        }
        return decode(path.toString(), bytes);
    }

    private static InputException tooLarge(Path path, String size, long limit) {
        return new InputException(path + ": too large: the limit is " + bytesForHumans(limit) + " and the file " + size
                + " (the whole text is analysed in memory; raise the limit with --max-size and the Java heap with"
                + " BIANNIAN_JAVA_OPTS=-Xmx…, or split the file)");
    }

    /** {@code 3.0 GB}, {@code 200 MB}, {@code 512 bytes}: sizes in powers of 1024, as --max-size reads them. */
    public static String bytesForHumans(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /**
     * Decodes {@code bytes} as UTF-8. A byte-order mark is kept as text (U+FEFF), so that the
     * text still round-trips to the same bytes.
     *
     * @throws InputException naming the byte offset, line and column of the first malformed sequence
     */
    public static SourceText decode(String name, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int byteOffset = in.position();
            out.flip();
            SourceText before = SourceText.of(name, out.toString());
            TextPosition at = before.position(before.length());
            throw new InputException(String.format(
                    "%s:%s: not UTF-8: malformed byte 0x%02X at byte offset %d (line %d, column %d); "
                            + "convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
                    name, at, bytes[byteOffset] & 0xFF, byteOffset, at.line(), at.column()));
        }
        out.flip();
        return SourceText.of(name, out.toString());
    }
}
