package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NameTrieTest {

    @Test
    void findsOverlappingAndNestedKeysIncludingAstralCharacters() {
        NameTrie trie = NameTrie.of(List.of("銀州", "銀州觀察使", "觀察使", "𨫼子山", "州"));
        List<String> found = new ArrayList<>();
        int[] text = "宋以為銀州觀察使，至𨫼子山".codePoints().toArray();
        trie.scan(text, (s, e, k) -> found.add(s + "-" + e + ":" + k));
        assertThat(found).containsExactlyInAnyOrder("3-5:0", "4-5:4", "3-8:1", "5-8:2", "10-13:3");
    }

    @Test
    void agreesWithNaiveSearchOnRandomKeysAndText() {
        long seed = Long.getLong("biannian.seed", 20261126L); // fixed, so a build passes or fails on the code alone
        Random random = new Random(seed);
        String alphabet = "繼遷保吉州軍寨𨫼<白>\uE7B7，";
        int[] letters = alphabet.codePoints().toArray();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(randomString(random, letters, 1 + random.nextInt(4)));
        }
        int[] text = randomString(random, letters, 2000).codePoints().toArray();
        List<String> found = new ArrayList<>();
        NameTrie.of(keys).scan(text, (s, e, k) -> found.add(s + "-" + e + ":" + keys.get(k)));
        List<String> expected = new ArrayList<>();
        for (String key : keys.stream().distinct().toList()) {
            int[] cps = key.codePoints().toArray();
            for (int s = 0; s + cps.length <= text.length; s++) {
                boolean match = true;
                for (int k = 0; k < cps.length && match; k++) {
                    match = text[s + k] == cps[k];
                }
                if (match) {
                    expected.add(s + "-" + (s + cps.length) + ":" + key);
                }
            }
        }
        assertThat(found).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String randomString(Random random, int[] letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        return b.toString();
    }
}
