package org.biannian.authority.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biannian.text.VariantFolding;
import org.junit.jupiter.api.Test;

/** The generator's filter on the walled towns of known places, on the built-in pack it reads and writes. */
class PlaceAttestationGeneratorTest {

    private static final Path PACK = Path.of("src/main/resources/org/biannian/authority/pack");

    private static Set<String> knownPlaces() throws IOException {
        VariantFolding folding = VariantFolding.builtIn();
        Set<String> known = new HashSet<>();
        for (String file : List.of("places.tsv", "gazetteer.tsv", "geography.tsv", "offices.tsv", "polities.tsv")) {
            HandPack.names(PACK.resolve(file), true).forEach(name -> known.add(folding.fold(name)));
        }
        return known;
    }

    @Test
    void theWalledTownOfAKnownPlaceIsNoPlaceOfItsOwn() throws IOException {
        Set<String> known = knownPlaces();
        // 宋史卷2 「李繼勲敗北漢軍於太原城下」: 太原 (太原府) is the place the golds tag; 江陵城 likewise (江陵府).
        assertThat(PlaceAttestationGenerator.cityOfKnownPlace("太原城", known)).isTrue();
        assertThat(PlaceAttestationGenerator.cityOfKnownPlace("江陵城", known)).isTrue();
        // A fort named 城 whose stem no pack knows is one (宋史卷15 囉兀城), and only 城 is read so.
        assertThat(PlaceAttestationGenerator.cityOfKnownPlace("囉兀城", known)).isFalse();
        assertThat(PlaceAttestationGenerator.cityOfKnownPlace("太原府", known)).isFalse();
    }

    @Test
    void theBuiltInFileHoldsNoWalledTownOfAKnownPlace() throws IOException {
        Set<String> known = knownPlaces();
        VariantFolding folding = VariantFolding.builtIn();
        Set<String> attested = HandPack.names(PACK.resolve("attested-places.tsv"), true);
        assertThat(attested).hasSizeGreaterThan(40).contains("囉兀城", "籠竿城")
                .noneMatch(name -> PlaceAttestationGenerator.cityOfKnownPlace(folding.fold(name), known));
    }
}
