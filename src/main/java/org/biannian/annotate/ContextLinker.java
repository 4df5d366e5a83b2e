package org.biannian.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.calendar.Jdn;

/**
 * Stage 5, ambiguity by context: a name shared by several records (太宗; 保忠) is scored by the date in
 * force (a person not yet born, a place not yet founded, is unlikely), the polity of the text's
 * regime, and whether the candidate has already been named nearby. A clear winner is linked, the
 * scores kept; a tie is left unlinked with its candidates, never guessed. Rule-found names get
 * document-local ids ({@code local:per:張三}) so they can still be counted and searched.
 */
final class ContextLinker {

    private ContextLinker() {
    }

    static List<Hit> link(List<Hit> hits, Authority authority, List<DatedRegion> regions, Map<String, String> polityIds) {
        Map<String, Integer> lastSeen = new HashMap<>();
        List<Hit> linked = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            Hit result = h;
            if (h.id() == null && !h.candidates().isEmpty()) {
                result = decide(h, authority, Regions.at(regions, h.start()), polityIds, lastSeen);
            } else if (h.id() == null && h.type() != MentionType.DATE && h.type() != MentionType.ROLE) {
                result = h.withLink("local:" + h.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + h.canonical(),
                        h.canonical(), List.of(), h.foundBy());
            }
            if (result.id() != null) {
                lastSeen.put(result.id(), result.end());
            }
            linked.add(result);
        }
        return linked;
    }

    private static Hit decide(Hit h, Authority authority, DatedRegion region, Map<String, String> polityIds,
                              Map<String, Integer> lastSeen) {
        int year = region == null ? 0 : Jdn.toJulian(region.firstJdn())[0];
        String regimePolity = region == null ? null : polityIds.get(region.regime());
        List<Candidate> scored = new ArrayList<>();
        double total = 0;
        for (Candidate c : h.candidates()) {
            AuthorityRecord record = authority.find(c.id()).orElse(null);
            double score = 1.0;
            if (record != null) {
                if (year != 0 && record.firstYear() != 0 && record.firstYear() > year) {
                    score *= 0.1;
                }
                if (regimePolity != null && regimePolity.equals(record.polity())) {
                    score *= 3;
                }
            }
            Integer seen = lastSeen.get(c.id());
            if (seen != null) {
                score *= 1 + 4.0 / (1 + (h.start() - seen) / 500.0);
            }
            scored.add(new Candidate(c.id(), c.canonical(), score));
            total += score;
        }
        double sum = total;
        List<Candidate> normalised = new ArrayList<>();
        for (Candidate c : scored) {
            normalised.add(new Candidate(c.id(), c.canonical(), Math.round(c.score() / sum * 1000) / 1000.0));
        }
        normalised.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate top = normalised.get(0);
        boolean clear = normalised.size() == 1 || top.score() > normalised.get(1).score() * 1.5;
        return clear ? h.withLink(top.id(), top.canonical(), normalised, h.foundBy() + "+context")
                : h.withLink(null, h.canonical(), normalised, h.foundBy() + "+ambiguous");
    }
}
