package org.biannian.library;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.biannian.authority.AuthorityRecord;
import org.biannian.text.SourceText;

/**
 * An {@link Analysis} as bytes and back, so that a library can store what ingest found and every face can
 * read it instead of analysing the text again (issue 14). Everything but the text itself is kept: how the
 * text was read (the view: which source characters it shows, its header's title), the chronicle (options,
 * style, entries and their dates, segments, diagnostics), the mentions, the sources of
 * each entry, and the ids of the authority records the mentions link to (the records live in the
 * authority; {@link #decode} is given a way to look them up).
 *
 * <p>The format, version {@value #VERSION}: one version byte, then a zlib (Deflate) stream of varints. A
 * span is written as the distance of its start from the start of the span written before it, and its
 * length; strings (names, ids, rule names, work titles, enum constant names) go through a table built as
 * they come, so each is stored once; a string that is the text at its span (a mention's text, a citation
 * as written) is stored as a flag and read back from the text. Enum constants are stored by name, so a
 * constant added to an enum later does not change what stored ones mean. A version this class does not
 * know, or damaged data, is refused with a {@link LibraryException}, never read as something else.
 */
public final class AnalysisCodec {

    /** The format written; {@link #decode} reads this one only. */
    public static final int VERSION = 1;

    /**
     * Deflate level: on the corpus the default level gives blobs 5–8 % smaller than best speed, for a quarter more
     * encode time (docs/benchmarks.md).
     */
    private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private AnalysisCodec() {
    }

    /** {@code analysis} without its text, key and hash, as bytes that {@link #decode} turns back into it. */
    public static byte[] encode(Analysis analysis) {
        byte[] payload = AnalysisWriter.write(analysis);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(payload);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length / 4 + 64);
            out.write(VERSION);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The analysis {@code data} holds, of the text {@code view} reads.
     *
     * @param data    what {@link #encode} gave
     * @param key     the document's key, as stored beside the data
     * @param sha256  the hash of its text, as stored beside the data
     * @param text    the stored text (the data holds how it was read: the chronicle's view is rebuilt from both)
     * @param records the authority record of an id, or null when there is none
     * @throws LibraryException if the data is of an unknown version, damaged, not of this text, or links to a
     *                          record {@code records} does not have
     */
    public static Analysis decode(byte[] data, String key, String sha256, SourceText text,
                                  Function<String, AuthorityRecord> records) {
        String what = "the stored analysis of 「" + key + "」";
        if (data == null || data.length == 0) {
            throw new LibraryException(what + " is empty", null);
        }
        if ((data[0] & 0xFF) != VERSION) {
            throw new LibraryException(what + " is in format version " + (data[0] & 0xFF) + ", this Biannian reads version "
                    + VERSION + " only: ingest the document again (ingest --force)", null);
        }
        byte[] payload = inflate(data, what);
        try {
            return AnalysisReader.read(new BlobInput(payload, what), key, sha256, text, records);
        } catch (IllegalArgumentException | NullPointerException e) {
            // The records' own checks (a 1-based index, a month 1–12 …) caught values no analysis holds.
            throw new LibraryException(what + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The ids {@link #encode} keeps of {@code records}: sorted, so equal analyses give equal bytes. */
    static List<String> recordIds(Map<String, AuthorityRecord> records) {
        return records.keySet().stream().sorted().toList();
    }

    private static byte[] inflate(byte[] data, String what) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, 1, data.length - 1);
            // Deflate expands at most about 1:1032, so no honest stream is longer than this.
            long ceiling = 1100L * data.length + 65536;
            byte[] out = new byte[Math.max(1024, Math.min(data.length * 4, 1 << 20))];
            int size = 0;
            while (!inflater.finished()) {
                if (size == out.length) {
                    if (out.length >= ceiling) {
                        throw new LibraryException(what + " is damaged: it inflates past " + ceiling + " bytes", null);
                    }
                    out = Arrays.copyOf(out, (int) Math.min(ceiling, Math.min(Integer.MAX_VALUE - 16, 2L * out.length)));
                }
                int n = inflater.inflate(out, size, out.length - size);
                size += n;
                if (n == 0 && size < out.length && !inflater.finished()) {
                    throw new LibraryException(what + " is damaged: it ends early", null);
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new LibraryException(what + " is damaged: " + inflater.getRemaining() + " bytes follow its end", null);
            }
            return Arrays.copyOf(out, size);
        } catch (DataFormatException e) {
            throw new LibraryException(what + " is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
