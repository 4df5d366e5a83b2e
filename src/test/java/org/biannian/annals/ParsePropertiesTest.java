package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.GeneratedText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.testing.Seeds;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;
import org.biannian.text.WikiReader;
import org.junit.jupiter.api.Test;

/**
 * Properties of the annals parser over generated annals-like text (pieces of the sample spliced with
 * markup and noise) and over the real corpus: the segments give the input back byte for byte, and the
 * parse does not depend on how the bytes arrived.
 */
class ParsePropertiesTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    @Test
    void segmentsGiveBackEveryInputByteForByte() {
        Seeds.check(60, random -> {
            String generated = GeneratedText.annals(random, 200 + random.nextInt(6000));
            boolean wiki = random.nextBoolean();
            SourceText text = SourceText.of(wiki ? "generated.wiki" : "generated.txt", generated);
            Chronicle c = parse(text, random.nextBoolean() ? "淳化五年" : null);
            PipelineInvariants.checkChronicle(c);
            StringBuilder back = new StringBuilder();
            c.segments().forEach(s -> back.append(text.slice(s.span())));
            assertThat(back.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(generated.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void theRealCorpusRoundTripsToo() {
        for (var file : Shared.corpusFiles()) {
            PipelineInvariants.checkChronicle(parse(Shared.read(file), file.getFileName().toString().startsWith("xixiaji") ? "淳化五年" : null));
        }
    }

    /**
     * Read whole, or streamed in chunks of random size (cut anywhere, inside multi-byte characters too)
     * through one decoder, as a reader of a pipe or socket would: the same text, the same parse.
     */
    @Test
    void streamedInputParsesExactlyAsWholeInput() {
        Seeds.check(30, random -> {
            byte[] bytes = GeneratedText.annals(random, 500 + random.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            SourceText whole = decodeWhole(bytes);
            SourceText streamed = SourceText.of("generated.txt", decodeStreaming(bytes, random));
            assertThat(streamed.text()).isEqualTo(whole.text());
            Chronicle a = parse(whole, "淳化五年");
            Chronicle b = parse(streamed, "淳化五年");
            assertThat(b.entries()).isEqualTo(a.entries());
            assertThat(b.segments()).isEqualTo(a.segments());
            assertThat(b.diagnostics()).isEqualTo(a.diagnostics());
        });
    }

    private static Chronicle parse(SourceText text, String start) {
        TextView view = WikiReader.isWikiFile(text.name()) ? WikiReader.read(text) : TextView.of(text);
        return AnnalsParser.parse(view, new ParseOptions(start, null, null), CALENDAR);
    }

    private static SourceText decodeWhole(byte[] bytes) {
        try {
            return TextReader.decode("generated.txt", bytes);
        } catch (org.biannian.text.InputException e) {
            throw new AssertionError(e);
        }
    }

    private static String decodeStreaming(byte[] bytes, Random random) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        ByteBuffer pending = ByteBuffer.allocate(bytes.length + 16);
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(64));
            pending.put(bytes, at, n);
            at += n;
            pending.flip();
            CoderResult r = decoder.decode(pending, out, at == bytes.length);
            assertThat(r.isError()).isFalse();
            pending.compact(); // an incomplete character waits for the next chunk
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
