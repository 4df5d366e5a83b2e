package org.biannian.export;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.biannian.calendar.Precision;
import org.biannian.calendar.Resolution;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus;
import org.biannian.sources.Citation;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.EntrySources;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * Writes a corpus as one TEI P5 document: a {@code <div type="entry">} per entry with its headline
 * ({@code <head>}), narrative ({@code <p>}), cited works ({@code <listBibl>}) and 按 notes
 * ({@code <note type="按">}); mentions as {@code <persName ref>}, {@code <placeName ref>},
 * {@code <roleName>} (offices), {@code <orgName>} (polities, groups), {@code <title>} and
 * {@code <date>}; and {@code <listPerson>}, {@code <listPlace>} (with {@code <geo>}),
 * {@code <listOrg>} and {@code <listBibl>} in the back matter.
 *
 * <p>Dates follow TEI: {@code when}/{@code from}/{@code to} are proleptic Gregorian (W3C), and
 * the Julian dates go in {@code when-custom}/{@code from-custom}/{@code to-custom} with
 * {@code datingMethod="#julian"}; {@code calendar="#chinese"} says the text's own date is Chinese.
 */
public final class TeiWriter {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter xml;
    private final Corpus corpus;
    private final List<org.biannian.parallels.Parallel> parallels;

    private TeiWriter(XMLStreamWriter xml, Corpus corpus, List<org.biannian.parallels.Parallel> parallels) {
        this.xml = xml;
        this.corpus = corpus;
        this.parallels = List.copyOf(parallels);
    }

    /** Writes {@code corpus} to {@code out} as TEI P5 XML (UTF-8 text). */
    public static void write(Corpus corpus, Writer out) throws XMLStreamException {
        write(corpus, List.of(), out);
    }

    /**
     * Writes {@code corpus} with its entries' {@code parallels} as a {@code <linkGrp type="parallels">} in the
     * back matter: each {@code <link>} points at the entry and at the passage, {@code #string-range(src, offset,
     * length)} in code points of the source; {@code type} is cited or uncited, {@code subtype} the date agreement,
     * {@code cert} the score.
     */
    public static void write(Corpus corpus, List<org.biannian.parallels.Parallel> parallels, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        new TeiWriter(xml, corpus, parallels).document();
        xml.flush();
    }

    private void document() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("TEI");
        xml.writeDefaultNamespace(TEI);
        header();
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        for (Analysis a : corpus.analyses()) {
            chronicle(a);
        }
        xml.writeEndElement();
        back();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void header() throws XMLStreamException {
        xml.writeStartElement("teiHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("titleStmt");
        element("title", corpus.analyses().size() == 1
                ? DocumentName.of(corpus.analyses().get(0)) : "Biannian library: " + corpus.analyses().size() + " chronicles");
        xml.writeEndElement();
        xml.writeStartElement("publicationStmt");
        element("p", "Exported by Biannian: entries, dates, mentions and cited sources found in the texts below, "
                + "as stand-off analysis of texts never altered.");
        xml.writeEndElement();
        xml.writeStartElement("sourceDesc");
        xml.writeStartElement("listBibl");
        for (Analysis a : corpus.analyses()) {
            xml.writeStartElement("bibl");
            xml.writeAttribute(XML, "id", "src-" + ncName(a.key()));
            element("title", DocumentName.of(a));
            element("note", "SHA-256 " + a.sha256() + "; " + a.chronicle().source().length() + " code points; read as "
                    + a.chronicle().style() + (a.chronicle().options().start() == null ? "" : ", starting in " + a.chronicle().options().start()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("profileDesc");
        xml.writeStartElement("calendarDesc");
        calendar("julian", "Julian calendar (proleptic Gregorian dates are in @when, @from, @to).");
        calendar("chinese", "Chinese lunisolar calendar of the regime named in each date (eras, months, sexagenary days).");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void calendar(String id, String description) throws XMLStreamException {
        xml.writeStartElement("calendar");
        xml.writeAttribute(XML, "id", id);
        element("p", description);
        xml.writeEndElement();
    }

    private void chronicle(Analysis a) throws XMLStreamException {
        xml.writeStartElement("div");
        xml.writeAttribute("type", "chronicle");
        xml.writeAttribute(XML, "id", "d-" + ncName(a.key()));
        xml.writeAttribute("source", "#src-" + ncName(a.key()));
        element("head", a.chronicle().source().name());
        for (Entry e : a.chronicle().entries()) {
            entry(a, e);
        }
        xml.writeEndElement();
    }

    private void entry(Analysis a, Entry e) throws XMLStreamException {
        xml.writeStartElement("div");
        xml.writeAttribute("type", "entry");
        xml.writeAttribute("n", String.valueOf(e.index()));
        xml.writeAttribute(XML, "id", "e-" + ncName(a.entryId(e.index())));
        List<Mention> mentions = a.mentionsIn(e);
        xml.writeStartElement("head");
        marked(a, e, e.headline(), mentions);
        xml.writeEndElement();
        if (e.narrative() != null) {
            xml.writeStartElement("p");
            marked(a, e, e.narrative(), mentions);
            xml.writeEndElement();
        }
        EntrySources sources = a.sourcesOf(e);
        if (!sources.citations().isEmpty()) {
            xml.writeStartElement("listBibl");
            xml.writeAttribute("type", "citations");
            for (Citation c : sources.citations()) {
                xml.writeStartElement("bibl");
                element("title", c.work());
                if (c.section() != null) {
                    scope("section", c.section());
                }
                if (c.juan() != null) {
                    scope("juan", String.valueOf(c.juan()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (CriticalNote n : sources.notes()) {
            xml.writeStartElement("note");
            xml.writeAttribute("type", "按");
            xml.writeAttribute("subtype", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (n.verdict() != null) {
                xml.writeAttribute("n", "從" + n.verdict()); // the source the compiler followed (此從…)
            }
            xml.writeCharacters(a.chronicle().view().viewSlice(n.span()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void scope(String unit, String value) throws XMLStreamException {
        xml.writeStartElement("biblScope");
        xml.writeAttribute("unit", unit);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Writes the text of {@code span} with its mentions as nested elements; crossing mentions are left out. */
    private void marked(Analysis a, Entry e, Span span, List<Mention> mentions) throws XMLStreamException {
        TextView view = a.chronicle().view();
        Deque<Mention> open = new ArrayDeque<>();
        int at = span.start();
        for (Mention m : mentions) {
            if (!span.contains(m.span())) {
                continue;
            }
            while (!open.isEmpty() && open.peek().end() <= m.start()) {
                at = close(view, open.pop(), at);
            }
            if (m.start() < at || !open.isEmpty() && m.end() > open.peek().end()) {
                continue; // crosses an open element: XML cannot nest it
            }
            text(view, at, m.start());
            at = m.start();
            openMention(a, e, m);
            open.push(m);
        }
        while (!open.isEmpty()) {
            at = close(view, open.pop(), at);
        }
        text(view, at, span.end());
    }

    private int close(TextView view, Mention m, int at) throws XMLStreamException {
        text(view, at, m.end());
        xml.writeEndElement();
        return m.end();
    }

    private void text(TextView view, int from, int to) throws XMLStreamException {
        if (to > from) {
            xml.writeCharacters(view.viewSlice(new Span(from, to)));
        }
    }

    private void openMention(Analysis a, Entry e, Mention m) throws XMLStreamException {
        switch (m.type()) {
            case PER, ROLE -> {
                xml.writeStartElement("persName");
                if (m.type() == MentionType.ROLE) {
                    xml.writeAttribute("type", "role");
                }
            }
            case PLACE -> xml.writeStartElement("placeName");
            case OFFICE -> {
                xml.writeStartElement("roleName");
                xml.writeAttribute("type", "office");
            }
            case POLITY, GROUP -> {
                xml.writeStartElement("orgName");
                xml.writeAttribute("type", m.type() == MentionType.POLITY ? "polity" : "group");
            }
            case WORK -> xml.writeStartElement("title");
            case DATE -> {
                xml.writeStartElement("date");
                if (e.date().span() != null && e.date().span().equals(m.span()) && e.date().resolved() != null) {
                    dateAttributes(e.date().resolved());
                }
            }
        }
        if (m.id() != null && m.type() != MentionType.DATE && m.type() != MentionType.OFFICE && corpus.entity(m.id()).isPresent()) {
            xml.writeAttribute("ref", "#" + ncName(m.id()));
        } else if (m.type() != MentionType.DATE) {
            xml.writeAttribute("key", m.canonical());
        }
    }

    private void dateAttributes(Resolution r) throws XMLStreamException {
        if (r.firstJdn() == null) {
            return;
        }
        xml.writeAttribute("calendar", "#chinese");
        xml.writeAttribute("datingMethod", "#julian");
        if (r.precision() == Precision.DAY) {
            xml.writeAttribute("when", r.gregorian());
            xml.writeAttribute("when-custom", r.julian());
        } else {
            xml.writeAttribute("from", r.gregorian());
            xml.writeAttribute("to", r.lastGregorian());
            xml.writeAttribute("from-custom", r.julian());
            xml.writeAttribute("to-custom", r.lastJulian());
        }
    }

    private void back() throws XMLStreamException {
        xml.writeStartElement("back");
        if (!parallels.isEmpty()) {
            xml.writeStartElement("linkGrp");
            xml.writeAttribute("type", "parallels");
            for (org.biannian.parallels.Parallel p : parallels) {
                xml.writeEmptyElement("link");
                xml.writeAttribute("type", p.cited() ? "cited" : "uncited");
                xml.writeAttribute("subtype", p.dateAgreement().name().toLowerCase(java.util.Locale.ROOT));
                xml.writeAttribute("cert", String.valueOf(p.score()));
                if (p.citation() != null) {
                    xml.writeAttribute("n", p.citation());
                }
                xml.writeAttribute("target", "#e-" + ncName(p.entry()) + " #string-range(src-" + ncName(p.document()) + ","
                        + p.span().start() + "," + p.span().length() + ")");
            }
            xml.writeEndElement();
        }
        List<Corpus.Entity> persons = corpus.entities(MentionType.PER);
        if (!persons.isEmpty()) {
            xml.writeStartElement("listPerson");
            for (Corpus.Entity p : persons) {
                xml.writeStartElement("person");
                xml.writeAttribute(XML, "id", ncName(p.id()));
                names("persName", p);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        List<Corpus.Entity> places = corpus.entities(MentionType.PLACE);
        if (!places.isEmpty()) {
            xml.writeStartElement("listPlace");
            for (Corpus.Entity p : places) {
                xml.writeStartElement("place");
                xml.writeAttribute(XML, "id", ncName(p.id()));
                names("placeName", p);
                if (p.record() != null && p.record().coordinates() != null) {
                    xml.writeStartElement("location");
                    element("geo", p.record().coordinates().latitude() + " " + p.record().coordinates().longitude());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        List<Corpus.Entity> orgs = new ArrayList<>(corpus.entities(MentionType.POLITY));
        orgs.addAll(corpus.entities(MentionType.GROUP));
        if (!orgs.isEmpty()) {
            xml.writeStartElement("listOrg");
            for (Corpus.Entity o : orgs) {
                xml.writeStartElement("org");
                xml.writeAttribute(XML, "id", ncName(o.id()));
                xml.writeAttribute("type", o.type() == MentionType.POLITY ? "polity" : "group");
                names("orgName", o);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        List<Corpus.Entity> works = corpus.entities(MentionType.WORK);
        if (!works.isEmpty()) {
            xml.writeStartElement("listBibl");
            for (Corpus.Entity w : works) {
                xml.writeStartElement("bibl");
                xml.writeAttribute(XML, "id", ncName(w.id()));
                element("title", w.canonical());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void names(String element, Corpus.Entity entity) throws XMLStreamException {
        element(element, entity.canonical());
        AuthorityRecord record = entity.record();
        if (record == null) {
            return;
        }
        for (Name name : record.names()) {
            if (name.text().equals(entity.canonical())) {
                continue;
            }
            xml.writeStartElement(element);
            xml.writeAttribute("type", name.kind().isEmpty() ? "alias" : name.kind());
            xml.writeCharacters(name.text());
            xml.writeEndElement();
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** An id usable as xml:id: {@code per:li-jiqian} → {@code per-li-jiqian}. */
    static String ncName(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '-'));
        if (b.length() == 0 || !Character.isLetter(b.codePointAt(0)) && b.charAt(0) != '_') {
            b.insert(0, 'x');
        }
        return b.toString();
    }
}
