package org.biannian.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.biannian.authority.Authority;
import org.biannian.text.InputException;
import org.biannian.text.TextReader;

/**
 * Counts the mentions the annotator finds in every {@code .txt} file under the given folders (a Kanripo juan, a
 * chronicle), by what found them, as docs/authority.md quotes them when a rule is weighed over a whole history: how
 * many titles a frame reads, how often a pair recurs.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.biannian.annotate.MentionCount
 * [--found-by rule:govern-place] [--text '縣事?$'] /tmp/kr2a0032}: with the filters, only mentions of that evidence
 * whose text matches the pattern are counted, and each distinct text is printed with its count.
 */
public final class MentionCount {

    private MentionCount() {
    }

    public static void main(String[] args) throws IOException {
        String foundBy = null;
        Pattern text = null;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--found-by" -> foundBy = args[++i];
                case "--text" -> text = Pattern.compile(args[++i]);
                default -> folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            System.err.println("usage: MentionCount [--found-by EVIDENCE] [--text REGEX] FOLDER…");
            System.exit(2);
        }
        Annotator annotator = Annotator.of(Authority.builtIn());
        Map<String, Integer> byEvidence = new TreeMap<>();
        Map<String, Integer> byText = new TreeMap<>();
        for (Path file : files(folders)) {
            List<Mention> mentions;
            try {
                mentions = annotator.annotate(TextReader.read(file), List.of());
            } catch (InputException e) {
                System.err.println("skipped: " + e.getMessage());
                continue;
            }
            for (Mention m : mentions) {
                if ((foundBy == null || m.foundBy().equals(foundBy)) && (text == null || text.matcher(m.text()).find())) {
                    byEvidence.merge(m.type() + " " + m.foundBy(), 1, Integer::sum);
                    if (foundBy != null || text != null) {
                        byText.merge(m.type() + " " + m.text(), 1, Integer::sum);
                    }
                }
            }
        }
        byText.forEach((key, n) -> System.out.println(n + "\t" + key));
        byEvidence.forEach((key, n) -> System.out.println("total " + n + "\t" + key));
    }

    private static List<Path> files(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
