package org.biannian.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * The sample chronicle from {@code ../shared}, and its citation blocks found by a method independent of
 * the parsers: every top-level full-width （…） group that follows sentence-final punctuation and holds 《
 * or 見本傳. Each block is given to the gold entry whose headline starts last before it.
 */
final class SampleBlocks {

    /** A gold entry: its 1-based index, Julian year and where its headline starts in the text. */
    record GoldEntry(int index, int julianYear, int month, int headlineStart) {
    }

    final SourceText text;
    final List<Span> blocks = new ArrayList<>();
    final List<GoldEntry> entries = new ArrayList<>();

    private SampleBlocks(SourceText text) {
        this.text = text;
    }

    static Path shared() {
        String dir = System.getProperty("biannian.shared");
        if (dir == null) {
            throw new IllegalStateException("system property biannian.shared is not set (surefire sets it to ../shared)");
        }
        return Path.of(dir);
    }

    static SampleBlocks load() throws IOException {
        Path corpus = shared().resolve("corpus/xixiaji-994-998.txt");
        SampleBlocks s = new SampleBlocks(SourceText.of(corpus.toString(), Files.readString(corpus, StandardCharsets.UTF_8)));
        s.findBlocks();
        s.readGold(shared().resolve("gold/xixiaji-994-998.entries.tsv"));
        return s;
    }

    private void findBlocks() {
        int[] cps = text.text().codePoints().toArray();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '（') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (cps[i] == '）' && depth > 0 && --depth == 0) {
                String inside = new String(cps, open, i + 1 - open);
                int before = open - 1;
                while (before >= 0 && (cps[before] == ' ' || cps[before] == '\u3000')) {
                    before--;
                }
                boolean afterSentence = before < 0 || "。」！？）\n".indexOf(cps[before]) >= 0;
                if (afterSentence && (inside.contains("《") || inside.contains("見本傳"))) {
                    blocks.add(new Span(open, i + 1));
                }
            }
        }
    }

    private void readGold(Path tsv) throws IOException {
        String whole = text.text();
        int from = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int at = whole.indexOf(f[6], from);
            if (at < 0) {
                throw new IllegalStateException("gold headline not found in order: " + f[6]);
            }
            entries.add(new GoldEntry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[4]),
                    text.codePointIndex(at)));
            from = at + f[6].length();
        }
    }

    /** The gold entry a block at {@code span} belongs to. */
    GoldEntry entryOf(Span span) {
        GoldEntry found = entries.get(0);
        for (GoldEntry e : entries) {
            if (e.headlineStart() <= span.start()) {
                found = e;
            }
        }
        return found;
    }
}
