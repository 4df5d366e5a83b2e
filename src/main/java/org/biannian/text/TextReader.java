package org.biannian.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads UTF-8 bytes into a {@link SourceText}, strictly: malformed bytes are reported, never replaced. */
public final class TextReader {

    private TextReader() {
    }

    /** Reads the file at {@code path}; the text's name is the path as given. */
    public static SourceText read(Path path) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        return decode(path.toString(), bytes);
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
