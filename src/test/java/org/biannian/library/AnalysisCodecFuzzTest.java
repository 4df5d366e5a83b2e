package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.AuthorityRecord;
import org.biannian.testing.Seeds;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Any bytes given to {@link AnalysisCodec#decode}: either an analysis that encodes and decodes to itself, or
 * a {@link LibraryException} saying what is wrong, never another exception. The bytes are tried as a whole
 * stored blob and, so that the structure behind the zlib checksum is reached too, as the inflated payload.
 * Seeds in {@code AnalysisCodecFuzzTestInputs/decode}; fuzzing with {@code JAZZER_FUZZ=1}.
 */
class AnalysisCodecFuzzTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private static final Function<String, AuthorityRecord> RECORDS = id -> BIANNIAN.authority().find(id).orElse(null);
    /** A few lines written for this test (not from the corpus), in the sample's 綱目 shape. */
    private static final SourceText TEXT = SourceText.of("fuzz.txt", """
            淳化五年春正月，李繼遷寇靈州。（《宋史·太宗本紀》。按《長編》作二月。）
            夏四月甲申，以李繼隆為河西兵馬都部署，討繼遷。
            至道元年，趙保忠歸朝。（《東都事略》卷一二七。）
            """);

    @FuzzTest(maxDuration = "45s")
    void decode(byte[] bytes) {
        check(bytes);
        byte[] blob = new byte[bytes.length + 1];
        blob[0] = (byte) AnalysisCodec.VERSION;
        System.arraycopy(bytes, 0, blob, 1, bytes.length);
        check(blob);
        check(blobOf(bytes));
    }

    /** Real payloads (the sample's, and the one of the text above) with bytes flipped, cut, inserted. */
    @Test
    void damagedPayloadsAreRefusedOrReadBackWhole() {
        Analysis sample = BIANNIAN.analyse("xixiaji-994-998", Shared.read(Shared.sample()), new ParseOptions("淳化五年", null, null));
        byte[] samplePayload = payloadOf(AnalysisCodec.encode(sample));
        byte[] ownPayload = payloadOf(AnalysisCodec.encode(BIANNIAN.analyse("fuzz", TEXT, ParseOptions.defaults())));
        int[] refused = {0};
        Seeds.check(400, random -> {
            boolean own = random.nextBoolean();
            byte[] damaged = damage(own ? ownPayload : samplePayload, random);
            refused[0] += check(blobOf(damaged), own ? TEXT : sample.chronicle().source()) ? 0 : 1;
        });
        // Most damage is caught; the rest decoded to some analysis, which then reads back as itself.
        assertThat(refused[0]).isGreaterThan(200);
    }

    @Test
    void theOwnTextRoundTrips() {
        Analysis a = BIANNIAN.analyse("fuzz", TEXT, ParseOptions.defaults());
        assertThat(a.chronicle().entries()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(check(AnalysisCodec.encode(a))).isTrue();
    }

    private static byte[] damage(byte[] payload, Random random) {
        byte[] out = payload.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> {
                int at = random.nextInt(out.length);
                byte[] longer = new byte[out.length + 1];
                System.arraycopy(out, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(out, at, longer, at + 1, out.length - at);
                out = longer;
            }
            default -> out[random.nextInt(out.length)] = (byte) 0xFF;
        }
        return out;
    }

    /** Whether {@code blob} decoded (and then read back as itself); false when refused with a LibraryException. */
    private static boolean check(byte[] blob) {
        return check(blob, TEXT);
    }

    private static boolean check(byte[] blob, SourceText text) {
        Analysis a;
        try {
            a = AnalysisCodec.decode(blob, "fuzz", "0", text, RECORDS);
        } catch (LibraryException e) {
            assertThat(e.getMessage()).contains("「fuzz」");
            return false;
        }
        byte[] again = AnalysisCodec.encode(a);
        Analysis back = AnalysisCodec.decode(again, "fuzz", "0", text, RECORDS);
        AnalysisCodecTest.assertSameAnalysis(back, a);
        assertThat(AnalysisCodec.encode(back)).isEqualTo(again);
        return true;
    }

    /** {@code payload} as a stored blob: the version byte and the payload deflated. */
    static byte[] blobOf(byte[] payload) {
        Deflater deflater = new Deflater();
        deflater.setInput(payload);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(AnalysisCodec.VERSION);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] payloadOf(byte[] blob) {
        Inflater inflater = new Inflater();
        inflater.setInput(blob, 1, blob.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
