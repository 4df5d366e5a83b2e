package org.biannian.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biannian.authority.tools.PlaceCoordinateGenerator;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** The built-in pack's coordinates agree with the CHGIS records they cite (CHGIS as oracle). */
class BuiltInPlacesTest {

    private static final Pattern CITED = Pattern.compile("CHGIS (hvd_\\d+)");

    @Test
    void everyCitedChgisRecordHasTheSamePointAndName() throws Exception {
        Map<String, List<PlaceCoordinateGenerator.Chgis>> gazetteer = PlaceCoordinateGenerator.readGazetteer(
                Shared.path("reference/gazetteer"));
        Map<String, PlaceCoordinateGenerator.Chgis> byId = new java.util.HashMap<>();
        gazetteer.values().forEach(list -> list.forEach(c -> byId.put(c.id(), c)));
        int checked = 0;
        for (AuthorityRecord place : Authority.builtIn().records()) {
            if (place.kind() != EntityKind.PLACE || place.coordinates() == null) {
                continue;
            }
            Matcher m = CITED.matcher(place.coordinates().source());
            if (!m.find()) {
                assertThat(place.coordinates().source()).as(place.id()).startsWith("hand");
                continue;
            }
            PlaceCoordinateGenerator.Chgis chgis = byId.get(m.group(1));
            assertThat(chgis).as("%s cites %s", place.id(), m.group(1)).isNotNull();
            assertThat(place.coordinates().latitude()).as(place.id()).isCloseTo(chgis.lat(), org.assertj.core.data.Offset.offset(1e-4));
            assertThat(place.coordinates().longitude()).as(place.id()).isCloseTo(chgis.lon(), org.assertj.core.data.Offset.offset(1e-4));
            if (!place.externalId().isEmpty()) {
                assertThat(place.externalId()).isEqualTo(chgis.id());
                assertThat(chgis.name()).as(place.id()).isEqualTo(place.canonical());
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void everyCommanderyNamesAPrefectureOfTheTreatiseAndItsBareNameNoOtherPlace() {
        // geography.tsv's commandery names (池州上池陽郡 → 池陽郡) each cite the juan of 宋史 地理志 and the prefecture whose
        // heading gives them; that prefecture is a place the pack knows, and a bare name (池陽) belongs to no other place.
        Authority pack = Authority.builtIn();
        org.biannian.text.VariantFolding folding = org.biannian.text.VariantFolding.builtIn();
        Map<String, List<AuthorityRecord>> byName = new java.util.HashMap<>();
        for (AuthorityRecord r : pack.records()) {
            if (r.kind() == EntityKind.PLACE) {
                r.names().forEach(n -> byName.computeIfAbsent(folding.fold(n.text()), k -> new java.util.ArrayList<>()).add(r));
            }
        }
        Pattern note = Pattern.compile("宋史 地理志 卷(8[5-9]|90): the commandery name of (\\S+)");
        List<AuthorityRecord> commanderies = pack.records().stream().filter(r -> r.subtype().equals("郡")).toList();
        assertThat(commanderies).hasSizeGreaterThan(150).extracting(AuthorityRecord::canonical).contains("池陽郡", "琅琊郡");
        for (AuthorityRecord c : commanderies) {
            Matcher m = note.matcher(c.note());
            assertThat(m.find()).as(c.id() + " " + c.note()).isTrue();
            assertThat(byName.getOrDefault(folding.fold(m.group(2)), List.of())).as(c.canonical() + " of " + m.group(2))
                    .anyMatch(r -> List.of("州", "府", "軍", "監").contains(r.subtype()));
            for (Name n : c.names()) {
                if ("bare".equals(n.kind())) {
                    assertThat(byName.get(folding.fold(n.text()))).as(n.text()).containsOnly(c);
                }
            }
        }
        assertThat(commanderies).filteredOn(c -> c.canonical().equals("池陽郡")).singleElement()
                .satisfies(c -> assertThat(c.note()).endsWith("of 池州"));
    }

    @Test
    void frontierPrefecturesLieOnTheFrontier() {
        for (String id : List.of("place:xiazhou", "place:yinzhou", "place:suizhou", "place:lingzhou", "place:yanzhou", "place:qingyuanjun")) {
            Coordinates c = Authority.builtIn().find(id).orElseThrow().coordinates();
            assertThat(c).as(id).isNotNull();
            assertThat(c.latitude()).as(id).isBetween(35.0, 40.0);
            assertThat(c.longitude()).as(id).isBetween(105.0, 111.0);
        }
    }

    /** A row written one column off puts its polity or a note in {@code parent}: every parent must be a place of the pack. */
    @Test
    void everyPlacesParentIsAPlaceAndEveryPolityAPolity() {
        Authority pack = Authority.builtIn();
        int withParent = 0;
        for (AuthorityRecord place : pack.records()) {
            if (place.kind() != EntityKind.PLACE) {
                continue;
            }
            if (!place.parent().isEmpty()) {
                assertThat(pack.find(place.parent()).map(AuthorityRecord::kind)).as(place.id() + " parent " + place.parent())
                        .contains(EntityKind.PLACE);
                withParent++;
            }
            if (!place.polity().isEmpty()) {
                assertThat(pack.find(place.polity()).map(AuthorityRecord::kind)).as(place.id() + " polity " + place.polity())
                        .contains(EntityKind.POLITY);
            }
        }
        assertThat(withParent).isGreaterThan(5);
    }

    @Test
    void namesakesElsewhereDoNotDisplaceTheFrontierPlace() {
        // 雄州 is the Hebei frontier prefecture (瓦橋關, 959–1128), not the Guangdong 雄州 renamed 南雄州 in 971;
        // 瀚海 in the Song–Xia wars is the desert between 環州 and 靈州, not the Gobi.
        Coordinates xiong = Authority.builtIn().find("place:xiongzhou").orElseThrow().coordinates();
        assertThat(xiong.latitude()).isBetween(38.5, 39.5);
        assertThat(xiong.longitude()).isBetween(115.5, 116.5);
        Coordinates hanhai = Authority.builtIn().find("place:ruhai").orElseThrow().coordinates();
        assertThat(hanhai.latitude()).isBetween(36.0, 38.5);
        assertThat(hanhai.longitude()).isBetween(105.5, 108.0);
    }
}
