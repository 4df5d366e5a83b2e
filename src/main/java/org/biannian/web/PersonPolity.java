package org.biannian.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.library.Corpus;

/**
 * The polity a person served, for the network's colours. A person in the authority has it in the
 * record. A name found by the annotator's rules has none, so it is read from how the text names
 * him: a polity or a place of known polity written just before the name (交州黎桓 style) counts
 * twice, an office title written just before it (河陽三城節度使崔彥進) counts once for the court
 * whose calendar dates the entry. The polity with most such evidence wins; none, and it stays unknown.
 */
final class PersonPolity {

    /** The polity's id and where it came from: {@code authority} or {@code context}. */
    record Found(String polity, String from) {
    }

    private final Authority authority;

    PersonPolity(Authority authority) {
        this.authority = authority;
    }

    Optional<Found> of(Corpus.Entity person) {
        if (person.record() != null) {
            String polity = person.record().polity();
            return polity.isEmpty() ? Optional.empty() : Optional.of(new Found(polity, "authority"));
        }
        Map<String, Integer> votes = new TreeMap<>();
        for (Corpus.EntryRef ref : person.entries()) {
            List<Mention> mentions = ref.analysis().mentionsIn(ref.entry());
            for (int i = 1; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                Mention before = writtenJustBefore(mentions, i);
                if (!person.id().equals(m.id()) || before == null) {
                    continue;
                }
                if (before.type() == MentionType.POLITY && before.id() != null) {
                    votes.merge(before.id(), 2, Integer::sum);
                } else if (before.type() == MentionType.PLACE && before.id() != null) {
                    authority.find(before.id()).map(AuthorityRecord::polity).filter(p -> !p.isEmpty())
                            .ifPresent(p -> votes.merge(p, 2, Integer::sum));
                } else if (before.type() == MentionType.OFFICE) {
                    polityNamed(ref.entry().year().regime()).ifPresent(p -> votes.merge(p, 1, Integer::sum));
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Found(e.getKey(), "context"));
    }

    /**
     * The outermost mention ending where mention {@code i} starts, or null. Not simply the one before it in order: a
     * title's nested place sorts after the title (河陽三城節度使, then 河陽三城) and ends inside it.
     */
    private static Mention writtenJustBefore(List<Mention> mentions, int i) {
        int start = mentions.get(i).span().start();
        Mention found = null;
        for (int j = i - 1; j >= 0 && mentions.get(j).span().start() >= start - MAX_TITLE; j--) {
            Mention before = mentions.get(j);
            if (before.span().end() == start && (found == null || before.span().start() < found.span().start())) {
                found = before;
            }
        }
        return found;
    }

    /** How far back a mention ending at a name may start (mentions are in order of start): the longest titles run to some 30 characters. */
    private static final int MAX_TITLE = 64;

    private Optional<String> polityNamed(String regime) {
        if (regime == null || regime.isEmpty()) {
            return Optional.empty();
        }
        return authority.records().stream()
                .filter(r -> r.kind() == EntityKind.POLITY)
                .filter(r -> r.canonical().equals(regime) || r.names().stream().anyMatch(n -> n.text().equals(regime)))
                .map(AuthorityRecord::id).findFirst();
    }
}
