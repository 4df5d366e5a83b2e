package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/timeline}, {@code /api/network} and {@code /api/places.geojson}, checked against the entries themselves. */
class TimelineMapNetworkApiTest {

    private final WebFixture web = WebFixture.get();

    private List<JsonNode> allEntries() {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = web.get("/api/entries?limit=500&offset=" + offset).json();
            page.get("entries").forEach(out::add);
            if (offset + 500 >= page.get("total").asInt()) {
                return out;
            }
        }
    }

    @Test
    void timelineHoldsEveryDatedEntryInDateOrder() {
        JsonNode t = web.get("/api/timeline").json();
        long dated = allEntries().stream().filter(e -> e.get("date").has("firstJdn") && !e.get("date").get("firstJdn").isNull()).count();
        assertThat(t.get("total").asLong()).isEqualTo(dated);
        int last = Integer.MIN_VALUE;
        for (JsonNode item : t.get("items")) {
            assertThat(item.get("firstJdn").asInt()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(item.get("lastJdn").asInt());
            last = item.get("firstJdn").asInt();
        }
        assertProblem(web.get("/api/timeline?limit=501"), 400);
    }

    @Test
    void networkWeightsCountSharedEntries() {
        Map<String, Integer> expected = new HashMap<>();
        for (JsonNode e : allEntries()) {
            Set<String> persons = new java.util.TreeSet<>();
            for (JsonNode m : e.get("mentions")) {
                if (m.has("id") && (m.get("type").asText().equals("PER") || m.get("type").asText().equals("ROLE"))) {
                    persons.add(m.get("id").asText());
                }
            }
            List<String> list = List.copyOf(persons);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    expected.merge(list.get(i) + " " + list.get(j), 1, Integer::sum);
                }
            }
        }
        JsonNode net = web.get("/api/network?limit=500").json();
        assertThat(net.get("edges")).isNotEmpty();
        for (JsonNode edge : net.get("edges")) {
            String a = edge.get("source").asText();
            String b = edge.get("target").asText();
            String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            assertThat(edge.get("weight").asInt()).as(key).isEqualTo(expected.get(key));
        }
        assertThat(web.get("/api/network?limit=5").json().get("nodes")).hasSize(5);
        assertProblem(web.get("/api/network?limit=100000"), 400);
    }

    @Test
    void mapOfAYearShowsOnlyThatYearsPlaces() {
        int[] year = WebFixture.BIANNIAN.dateRange("至道二年", null);
        JsonNode all = web.get("/api/places.geojson").json();
        JsonNode inYear = web.get("/api/places.geojson?from=" + q("至道二年") + "&to=" + q("至道二年")).json();
        assertThat(inYear.get("features").size()).isPositive().isLessThan(all.get("features").size());
        Set<String> expected = new HashSet<>();
        for (JsonNode e : allEntries()) {
            JsonNode d = e.get("date");
            if (d.hasNonNull("firstJdn") && d.get("lastJdn").asInt() >= year[0] && d.get("firstJdn").asInt() <= year[1]) {
                e.get("mentions").forEach(m -> {
                    if (m.get("type").asText().equals("PLACE") && m.has("id")) {
                        expected.add(m.get("id").asText());
                    }
                });
            }
        }
        for (JsonNode f : inYear.get("features")) {
            String id = f.get("properties").get("id").asText();
            assertThat(expected).contains(id);
            var c = WebFixture.BIANNIAN.authority().find(id).orElseThrow().coordinates();
            assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(c.longitude());
        }
        assertThat(web.get("/api/places.geojson").contentType()).startsWith("application/geo+json");
    }

    /** A name found by rule takes its polity from how the text names him: 河陽三城節度使崔彥進 is a Song officer. */
    @Test
    void personsFoundByRuleTakeTheirPolityFromTheirContext() {
        JsonNode net = web.get("/api/network?limit=500").json();
        int fromContext = 0;
        for (JsonNode n : net.get("nodes")) {
            if (n.get("id").asText().startsWith("local:")) {
                assertThat(n.get("polityFrom").isNull() || n.get("polityFrom").asText().equals("context")).isTrue();
            } else if (!n.get("polity").isNull()) {
                assertThat(n.get("polityFrom").asText()).isEqualTo("authority");
            }
            if ("context".equals(n.path("polityFrom").asText())) {
                fromContext++;
            }
            if (n.get("name").asText().equals("崔彥進") || n.get("name").asText().equals("劉廷讓")) {
                assertThat(n.get("polity").asText()).as(n.get("name").asText()).isEqualTo("pol:song");
            }
        }
        assertThat(fromContext).isPositive();
    }

    /** The places without coordinates are counted within the year asked, each with why it has none. */
    @Test
    void unlocatedPlacesAreThoseOfTheYearWithAReason() {
        JsonNode all = web.get("/api/places.geojson").json();
        JsonNode year = web.get("/api/places.geojson?from=" + WebFixture.q("至道二年") + "&to=" + WebFixture.q("至道二年")).json();
        assertThat(all.get("unlocated").asInt()).isEqualTo(all.get("unlocatedPlaces").size()).isPositive();
        assertThat(year.get("unlocated").asInt()).isEqualTo(year.get("unlocatedPlaces").size())
                .isPositive().isLessThan(all.get("unlocated").asInt());
        for (JsonNode u : all.get("unlocatedPlaces")) {
            assertThat(u.get("reason").asText()).isIn("NO_RECORD", "NO_COORDINATES");
            assertThat(u.get("reason").asText().equals("NO_RECORD")).isEqualTo(u.get("id").asText().startsWith("local:"));
        }
    }
}
