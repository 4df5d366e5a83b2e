package org.biannian.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.text.Span;

/**
 * Mentions as JSON (design.md §3): {@code start}, {@code end} (code points, end exclusive),
 * {@code text}, {@code type}, {@code canonical}, {@code id} when linked, {@code candidates} when
 * more than one record was considered, and {@code foundBy}.
 */
public final class MentionJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MentionJson() {
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode node = JSON.objectNode();
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("text", m.text());
        node.put("type", m.type().name());
        node.put("canonical", m.canonical());
        if (m.id() != null) {
            node.put("id", m.id());
        }
        if (!m.candidates().isEmpty()) {
            ArrayNode candidates = node.putArray("candidates");
            for (Candidate c : m.candidates()) {
                candidates.addObject().put("id", c.id()).put("canonical", c.canonical()).put("score", c.score());
            }
        }
        node.put("foundBy", m.foundBy());
        return node;
    }

    /** The mentions that start inside {@code span}, in order. */
    public static ArrayNode within(List<Mention> mentions, Span span) {
        ArrayNode array = JSON.arrayNode();
        for (Mention m : mentions) {
            if (span.contains(m.start())) {
                array.add(mention(m));
            }
        }
        return array;
    }
}
