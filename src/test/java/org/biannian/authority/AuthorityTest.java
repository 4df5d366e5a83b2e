package org.biannian.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biannian.calendar.Jdn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityTest {

    @Test
    void builtInPackHasLinkedPersonsPlacesAndReigns() {
        Authority authority = Authority.builtIn();
        AuthorityRecord jiqian = authority.find("per:li-jiqian").orElseThrow();
        assertThat(jiqian.canonical()).isEqualTo("李繼遷");
        assertThat(jiqian.names()).extracting(Name::text).contains("繼遷", "趙保吉", "保吉");
        assertThat(jiqian.names()).filteredOn(n -> n.text().equals("趙保吉")).first()
                .satisfies(n -> assertThat(n.kind()).isEqualTo("bestowed"));
        assertThat(authority.find("place:xiazhou").orElseThrow().kind()).isEqualTo(EntityKind.PLACE);
        // 至道三年三月癸巳 (997-05-08): 太宗's last day; the next day 真宗 reigns.
        assertThat(authority.rulers("pol:song", 2085340, 2085340)).extracting(Reign::personId).containsExactly("per:song-taizong");
        assertThat(authority.rulers("pol:song", 2085341, 2085341)).extracting(Reign::personId).containsExactly("per:song-zhenzong");
    }

    @Test
    void everyReignPointsAtAPersonAndReignsOfOnePolityDoNotOverlap() {
        Authority authority = Authority.builtIn();
        for (Reign r : authority.reigns()) {
            assertThat(authority.find(r.personId())).as(r.personId()).isPresent();
            assertThat(authority.find(r.polity())).as(r.polity()).isPresent();
            for (Reign other : authority.reigns()) {
                if (other != r && other.polity().equals(r.polity()) && other.firstJdn() != r.firstJdn()) {
                    assertThat(r.overlaps(other.firstJdn() + 1, other.lastJdn() - 1))
                            .as("%s overlaps %s", r, other).isFalse();
                }
            }
        }
        assertThat(Jdn.julianString(authority.rulers("pol:liao", 2084180, 2084180).get(0).firstJdn())).isEqualTo("0982-10-14");
    }

    @Test
    void roleWordsWithAPersonAndOfficesAndGroupsExist() {
        Authority authority = Authority.builtIn();
        Set<String> kinds = new HashSet<>();
        authority.records().forEach(r -> kinds.add(r.kind().name()));
        assertThat(kinds).contains("PERSON", "PLACE", "OFFICE", "POLITY", "GROUP", "WORK");
        assertThat(authority.roleWords()).extracting(RoleWord::text).contains("宋帝", "契丹主", "夏主", "帝", "上");
    }

    @Test
    void aUserPackExtendsAndOverridesTheBuiltInOne(@TempDir Path pack) throws IOException {
        Files.writeString(pack.resolve("persons.tsv"), String.join("\n",
                "id\tcanonical\tnames\tpolity\tyears\tcbdb",
                "per:li-jiqian\t李繼遷\t繼遷|趙保吉/bestowed/991-1004|夏太祖/alias\tpol:xixia\t963-1004\t99999",
                "per:new-person\t种放\t明逸/courtesy\tpol:song\t955-1015\t"), StandardCharsets.UTF_8);
        Authority authority = Authority.load(List.of(pack));
        assertThat(authority.find("per:li-jiqian").orElseThrow().externalId()).isEqualTo("99999");
        assertThat(authority.find("per:li-jiqian").orElseThrow().names()).extracting(Name::text).contains("夏太祖");
        assertThat(authority.find("per:new-person").orElseThrow().names()).extracting(Name::kind).contains("courtesy");
        assertThat(authority.find("place:xiazhou")).isPresent();
    }

    @Test
    void aBadPackNamesTheFileAndLine(@TempDir Path pack) throws IOException {
        Files.writeString(pack.resolve("reigns.tsv"), "polity\tperson\tfirst\tlast\npol:song\tper:x\t997-13-45\t998-01-01\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Authority.load(List.of(pack))).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("reigns.tsv:2").hasMessageContaining("first");
        assertThatThrownBy(() -> Authority.load(List.of(pack.resolve("missing")))).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void anIdUsedTwiceInOnePackIsRefusedWithBothLines(@TempDir Path pack) throws IOException {
        // Two rows under one id within a pack used to let the second replace the first without a word (the built-in
        // offices.tsv had 監修國史 twice); a later pack still replaces an earlier pack's record on purpose.
        Files.writeString(pack.resolve("offices.tsv"), "id\tcanonical\tnames\n"
                + "off:zhengyan\t左正言\t右正言\n"
                + "off:zhengyan\t正言\t左正言|右正言\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Authority.load(List.of(pack))).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("offices.tsv:3").hasMessageContaining("off:zhengyan").hasMessageContaining("offices.tsv:2");
    }

    @Test
    void theBuiltInPackUsesEveryIdOnce() {
        // Loading it is the check (the reader refuses a second row under an id); the count keeps the test honest.
        assertThat(Authority.builtIn().records()).hasSizeGreaterThan(9_000);
    }
}
