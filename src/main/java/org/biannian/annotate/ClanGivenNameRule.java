package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;

/**
 * Members of the imperial clan named by given name alone after a kinship word of the court: 「賜皇弟殿前都虞候
 * 匡義名光義」, 「皇子德昭」. The clan's surname is never written there, so the given name (the full name
 * without 趙) is looked up among the pack's persons of the clan; a given name two of them share is left
 * alone. After the first, 「名X」 renames the same man (光義).
 */
final class ClanGivenNameRule {

    static final String FOUND_BY = "rule:clan-given-name";
    private static final String CLAN_SURNAME = "趙";
    private static final String[] KIN = {"皇弟", "皇子", "皇兄", "皇姪", "皇孫", "皇叔", "皇從子", "皇從弟"};

    /** Given name → the one clan member with it. */
    private final Map<String, AuthorityRecord> byGivenName;

    private ClanGivenNameRule(Map<String, AuthorityRecord> byGivenName) {
        this.byGivenName = byGivenName;
    }

    static ClanGivenNameRule of(Authority authority) {
        Map<String, AuthorityRecord> unique = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (AuthorityRecord r : authority.records()) {
            if (r.kind() != EntityKind.PERSON) {
                continue;
            }
            for (String given : AliasStage.givenNames(r)) {
                boolean clan = r.names().stream().anyMatch(n -> Dictionary.foldKey(n.text()).equals(CLAN_SURNAME + given));
                if (!clan || given.codePointCount(0, given.length()) != 2) {
                    continue;
                }
                AuthorityRecord before = unique.putIfAbsent(given, r);
                if (before != null && !before.id().equals(r.id())) {
                    shared.add(given);
                }
            }
        }
        shared.forEach(unique::remove);
        return new ClanGivenNameRule(Map.copyOf(unique));
    }

    /** {@code hits}: the hits so far (the titles between the kinship word and the name). */
    List<Hit> hits(int[] text, List<Hit> hits) {
        Map<Integer, Integer> officeEnd = new HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE) {
                officeEnd.merge(h.start(), h.end(), Math::max);
            }
        }
        List<Hit> found = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            if (text[i] != '皇') {
                continue;
            }
            for (String kin : KIN) {
                int length = kin.length();
                if (!OfficeCompoundRule.slice(text, i, Math.min(text.length, i + length)).equals(kin)) {
                    continue;
                }
                int at = i + length;
                while (officeEnd.containsKey(at)) {
                    at = officeEnd.get(at);
                }
                AuthorityRecord person = at + 2 <= text.length ? byGivenName.get(OfficeCompoundRule.slice(text, at, at + 2)) : null;
                if (person == null) {
                    break;
                }
                found.add(new Hit(at, at + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY, Hit.DICTIONARY));
                int renamed = at + 3;
                if (Chars.at(text, at + 2) == '名' && renamed + 2 <= text.length
                        && person.equals(byGivenName.get(OfficeCompoundRule.slice(text, renamed, renamed + 2)))) {
                    found.add(new Hit(renamed, renamed + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY,
                            Hit.DICTIONARY));
                }
                break;
            }
        }
        return found;
    }
}
