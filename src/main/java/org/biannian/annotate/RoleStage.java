package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Reign;
import org.biannian.authority.RoleWord;

/**
 * Stage 6, roles by date: 宋帝, 帝, 上, 契丹主 become the person on that throne on the entry's date.
 * When a reign ends inside the entry's date range (至道三年三月: 太宗 died on the 29th), the later
 * ruler is meant — except in 「帝崩」, where the one who died is; both are kept as candidates
 * with their share of the days.
 */
final class RoleStage {

    private static final String DEATH = "崩殂薨";
    private static final int MAX_CANDIDATES = 5;

    private RoleStage() {
    }

    static List<Hit> resolve(int[] text, List<Hit> hits, Authority authority, Dictionary dictionary,
                             List<DatedRegion> regions, Map<String, String> polityIds) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            out.add(h.type() == MentionType.ROLE ? resolveOne(text, h, authority, dictionary, regions, polityIds) : h);
        }
        return out;
    }

    private static Hit resolveOne(int[] text, Hit h, Authority authority, Dictionary dictionary,
                                  List<DatedRegion> regions, Map<String, String> polityIds) {
        RoleWord role = dictionary.lookup(h.canonical()).stream().filter(e -> e.role() != null)
                .map(Dictionary.Entry::role).findFirst().orElse(null);
        if (role == null) {
            return h;
        }
        if (role.guard().equals("person")) {
            return linkTo(h, authority, role.personId(), List.of(), "role:person");
        }
        DatedRegion region = Regions.at(regions, h.start());
        if (region == null) {
            return h.withLink(null, h.canonical(), List.of(), "role:undated");
        }
        String polity = role.polity().isEmpty() ? polityIds.get(region.regime()) : role.polity();
        if (polity == null) {
            return h.withLink(null, h.canonical(), List.of(), "role:unknown-regime");
        }
        List<Reign> rulers = authority.rulers(polity, region.firstJdn(), region.lastJdn());
        if (rulers.isEmpty()) {
            return h.withLink(null, h.canonical(), List.of(), "role:no-ruler");
        }
        Reign chosen;
        if (role.guard().equals("previous")) {
            List<Reign> before = authority.rulers(polity, Integer.MIN_VALUE / 2, rulers.get(rulers.size() - 1).firstJdn() - 1);
            chosen = before.isEmpty() ? null : before.get(before.size() - 1);
            if (chosen == null) {
                return h.withLink(null, h.canonical(), List.of(), "role:no-ruler");
            }
            return linkTo(h, authority, chosen.personId(), List.of(), "role:previous-ruler");
        }
        if (rulers.size() > 2) {
            // A region spanning several reigns (a whole text, a whole era) cannot tell which ruler is meant.
            List<Candidate> likeliest = shares(authority, rulers, region).stream()
                    .sorted(java.util.Comparator.comparingDouble(Candidate::score).reversed()).limit(MAX_CANDIDATES).toList();
            return h.withLink(null, h.canonical(), likeliest, "role:ambiguous");
        }
        boolean died = Chars.isAnyOf(Chars.at(text, h.end()), DEATH);
        chosen = died ? rulers.get(0) : rulers.get(rulers.size() - 1);
        List<Candidate> candidates = rulers.size() > 1 ? shares(authority, rulers, region) : List.of();
        return linkTo(h, authority, chosen.personId(), candidates, died ? "role:ruler-who-died" : "role:ruler-by-date");
    }

    /** Each ruler with the share of the region's days he reigned. */
    private static List<Candidate> shares(Authority authority, List<Reign> rulers, DatedRegion region) {
        List<Candidate> candidates = new ArrayList<>();
        int days = region.lastJdn() - region.firstJdn() + 1;
        for (Reign r : rulers) {
            int overlap = Math.min(r.lastJdn(), region.lastJdn()) - Math.max(r.firstJdn(), region.firstJdn()) + 1;
            String name = authority.find(r.personId()).map(AuthorityRecord::canonical).orElse(r.personId());
            candidates.add(new Candidate(r.personId(), name, Math.round(1000.0 * overlap / days) / 1000.0));
        }
        return candidates;
    }

    private static Hit linkTo(Hit h, Authority authority, String personId, List<Candidate> candidates, String how) {
        String canonical = authority.find(personId).map(AuthorityRecord::canonical).orElse(personId);
        return h.withLink(personId, canonical, candidates, how);
    }
}
