package org.biannian.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene side of the library: one document per entry. Each commit records the SQLite
 * generation it was built from, so a library whose index lags its database is rebuilt on open.
 *
 * <p>Lean: the entry's text is indexed once, folded ({@link SearchFolding}: as written, simplified and
 * variant forms share one key) into one token a character ({@link CjkAnalysis}), with positions for
 * phrases and norms for ranking, and stored nowhere: the snippets are cut from the text the caller
 * gives back for each hit shown ({@link EntryText}). Doc values only for the chronicle order.
 *
 * <p>Lucene counts UTF-16 units; nothing here returns Lucene offsets: snippets are cut by code point.
 */
final class EntryIndex implements AutoCloseable {

    static final String FOLDER = "index";
    private static final String GENERATION = "biannian.generation";
    /**
     * The layout of each document, recorded with every commit: an index of another layout (the three
     * text fields and stored text before issue 14, or folded by other tables) reads as generation -1,
     * so opening the library rebuilds it rather than misreading it.
     */
    private static final String FIELDS = "biannian.fields";
    private static final String FIELDS_NOW = "folded/pairs written/ambiguous " + SearchFolding.builtIn().fingerprint();
    /** The text, folded, one token a character; a query in any edition's form finds every form. */
    private static final String FOLDED = "folded";
    private static final FieldType FOLDED_TYPE = foldedType();
    /**
     * Where the text writes a character whose form tells words apart (後 or 后): ranks the entries writing
     * a word as the query does first. Which entries, not where: no positions, no norms.
     */
    private static final String WRITTEN = "written";
    private static final FieldType WRITTEN_TYPE = writtenType();
    private static final Analyzer WRITTEN_ANALYZER = CjkAnalysis.written();

    private final Directory directory;
    private final Analyzer indexAnalyzer = CjkAnalysis.index();
    private static final Analyzer QUERY_ANALYZER = CjkAnalysis.query();
    /** Reference-counted searchers over the last commit: a searcher in use is never closed under it. */
    private SearcherManager searchers;

    private EntryIndex(Directory directory) {
        this.directory = directory;
    }

    static EntryIndex open(Path libraryFolder) throws IOException {
        Path folder = libraryFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        return new EntryIndex(FSDirectory.open(folder));
    }

    /** The SQLite generation the last commit was built from, or -1 for an empty or unreadable index. */
    long generation() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return -1;
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            Map<String, String> data = r.getIndexCommit().getUserData();
            return generationOf(data);
        }
    }

    /** The generation a commit records, or -1 when it records none or was written in another layout. */
    private static long generationOf(Map<String, String> commitData) {
        String g = commitData.get(GENERATION);
        return g == null || !FIELDS_NOW.equals(commitData.get(FIELDS)) ? -1 : Long.parseLong(g);
    }

    private static FieldType writtenType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.setStored(false);
        t.freeze();
        return t;
    }

    private static FieldType foldedType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS); // positions: a word is a phrase of pairs
        t.setStored(false);
        t.freeze();
        return t;
    }

    /** Replaces the entries of {@code documents} with {@code entries}, and commits as {@code generation}. */
    void replace(Collection<String> documents, List<IndexedEntry> entries, long generation) throws IOException {
        write(documents, entries, generation, false);
    }

    /** Rebuilds the whole index from {@code entries}. */
    void rebuild(List<IndexedEntry> entries, long generation) throws IOException {
        write(List.of(), entries, generation, true);
    }

    private void write(Collection<String> documents, List<IndexedEntry> entries, long generation, boolean all) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(WRITTEN, WRITTEN_ANALYZER)));
        config.setOpenMode(all ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64); // fewer, larger segments while a large ingest is indexed
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String doc : documents) {
                writer.deleteDocuments(new Term("document", doc));
            }
            for (int i = 0; i < entries.size(); i++) {
                writer.addDocument(toDocument(entries.get(i)));
                if (i == entries.size() / 2) {
                    PausePoint.reach("index-half-written"); // where a crash test's kill lands
                }
            }
            writer.setLiveCommitData(Map.of(GENERATION, String.valueOf(generation), FIELDS, FIELDS_NOW).entrySet());
            writer.commit();
        }
        refresh();
    }

    private static Document toDocument(IndexedEntry e) {
        Document d = new Document();
        d.add(new StoredField("id", e.id())); // read for each hit shown; no search asks for an id
        d.add(new StringField("document", e.document(), Field.Store.YES));
        d.add(new StoredField("index", e.index()));
        d.add(new org.apache.lucene.document.NumericDocValuesField("order", e.index()));
        d.add(new org.apache.lucene.document.SortedDocValuesField("doc_order", new org.apache.lucene.util.BytesRef(e.document())));
        d.add(new Field(FOLDED, e.text(), FOLDED_TYPE));
        d.add(new Field(WRITTEN, e.text(), WRITTEN_TYPE));
        if (e.regime() != null) {
            d.add(new StringField("regime", e.regime(), Field.Store.NO));
        }
        if (e.firstJdn() != null && e.lastJdn() != null) {
            d.add(new IntPoint("first_jdn", e.firstJdn()));
            d.add(new IntPoint("last_jdn", e.lastJdn()));
        }
        e.facets().forEach((type, values) -> values.forEach(v ->
                d.add(new StringField(type.toLowerCase(java.util.Locale.ROOT), v, Field.Store.NO))));
        return d;
    }

    /**
     * Searches the last commit seen (refreshed first), holding its searcher only while searching.
     *
     * @param texts the searchable texts ({@link EntryText}) of the entries of the hits shown, by id, asked
     *              once a search (so a store reads them in one go); an entry it does not know gets an
     *              empty snippet
     */
    SearchResults search(SearchQuery q, Function<List<String>, Map<String, String>> texts) throws IOException {
        refresh();
        if (searchers == null) {
            return new SearchResults(0, List.of());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, q, texts);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The last commit, held until the snapshot is closed: one generation for as long as a reader needs
     * it, whatever writers commit meanwhile. Null when no index was ever committed.
     */
    IndexSnapshot snapshot() throws IOException {
        refresh();
        if (searchers == null) {
            return null;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            long g = generationOf(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
            SearcherManager owner = searchers;
            return new IndexSnapshot(g, searcher, () -> owner.release(searcher));
        } catch (IOException | RuntimeException e) {
            searchers.release(searcher);
            throw e;
        }
    }

    /** Opens the searchers once an index exists, and moves them to the last commit. */
    private synchronized void refresh() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            searchers = new SearcherManager(directory, null);
        } else {
            searchers.maybeRefreshBlocking();
        }
    }

    /** As {@link #search(SearchQuery, Function)}, on {@code searcher}. */
    static SearchResults search(IndexSearcher searcher, SearchQuery q, Function<List<String>, Map<String, String>> texts)
            throws IOException {
        List<String> words = q.text() == null ? List.of() : List.of(q.text().strip().split("[\\s\\p{Z}]+"));
        words = words.stream().filter(w -> !w.isEmpty()).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean scored = false;
        for (String word : words) {
            Query matching = wordQuery(word);
            if (matching == null) {
                continue; // punctuation only
            }
            query.add(matching, BooleanClause.Occur.MUST);
            for (String written : writtenAmbiguous(word)) {
                // Ranks, never filters (the MUST clauses decide what matches): 後 before 后 for a search of 後.
                query.add(new TermQuery(new Term(WRITTEN, written)), BooleanClause.Occur.SHOULD);
            }
            scored = true;
        }
        if (!scored && !words.isEmpty()) {
            // Words were given but none holds a searchable character ("(((", "*", a NUL, U+FFFD from
            // broken UTF-8): they match nothing. Listing every entry would answer a question not asked.
            return new SearchResults(0, List.of());
        }
        if (!scored) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(query, "per", q.person());
        filter(query, "place", q.place());
        filter(query, "office", q.office());
        filter(query, "polity", q.polity());
        filter(query, "work", q.work());
        filter(query, "regime", q.regime());
        if (q.toJdn() != null) {
            query.add(IntPoint.newRangeQuery("first_jdn", Integer.MIN_VALUE, q.toJdn()), BooleanClause.Occur.FILTER);
        }
        if (q.fromJdn() != null) {
            query.add(IntPoint.newRangeQuery("last_jdn", q.fromJdn(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        int total = searcher.count(built);
        if (q.offset() >= total) {
            return new SearchResults(total, List.of());
        }
        // In long arithmetic: an offset near 2^31 plus the limit overflows an int.
        int wanted = (int) Math.min((long) q.offset() + q.limit(), total);
        // Best first; hits scoring the same (every hit without words, every hit of one character) in
        // the chronicle's order.
        SortField chronicle = new SortField("doc_order", SortField.Type.STRING);
        SortField inEntryOrder = new SortField("order", SortField.Type.INT);
        TopDocs top = scored ? searcher.search(built, wanted, new Sort(SortField.FIELD_SCORE, chronicle, inEntryOrder), true)
                : searcher.search(built, wanted, new Sort(chronicle, inEntryOrder));
        ScoreDoc[] docs = top.scoreDocs;
        List<Document> shown = new ArrayList<>();
        for (int i = q.offset(); i < docs.length; i++) {
            shown.add(searcher.storedFields().document(docs[i].doc));
        }
        Map<String, String> text = shown.isEmpty() ? Map.of() : texts.apply(shown.stream().map(d -> d.get("id")).toList());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Document d = shown.get(i);
            float score = docs[q.offset() + i].score;
            hits.add(Snippets.hit(d.get("id"), d.get("document"), d.getField("index").numericValue().intValue(),
                    Float.isNaN(score) ? 0f : score, text.getOrDefault(d.get("id"), ""), words));
        }
        return new SearchResults(total, hits);
    }

    /** The characters of {@code word} whose written form tells words apart (後, 后), as the index records them. */
    private static List<String> writtenAmbiguous(String word) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = WRITTEN_ANALYZER.tokenStream(WRITTEN, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    /**
     * What one query word matches: its pairs as a phrase (繼遷 never matches 繼…遷); a word of one
     * character, every token starting with it (the character alone or the pair it starts); null for a
     * word without a searchable character.
     */
    private static Query wordQuery(String word) throws IOException {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        boolean single = false;
        try (TokenStream stream = QUERY_ANALYZER.tokenStream(FOLDED, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
                single = CjkAnalysis.SINGLE.equals(type.type());
            }
            stream.end();
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            Term only = new Term(FOLDED, terms.get(0));
            return single ? new PrefixQuery(only) : new TermQuery(only);
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(FOLDED, terms.get(i)), positions.get(i));
        }
        return phrase.build();
    }

    /**
     * Empty when some entry carries {@code value} in the facet {@code field} (per, place, work …);
     * otherwise the indexed names nearest it, most code points in common first, at most {@code max}.
     */
    java.util.Optional<List<String>> nearestIfUnknown(String field, String value, int max) throws IOException {
        refresh();
        if (searchers == null || value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return nearestIfUnknown(searcher, field, value, max);
        } finally {
            searchers.release(searcher);
        }
    }

    private static java.util.Optional<List<String>> nearestIfUnknown(IndexSearcher searcher, String field, String value, int max)
            throws IOException {
        if (searcher.getIndexReader().docFreq(new Term(field, value)) > 0) {
            return java.util.Optional.empty();
        }
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        value.codePoints().forEach(wanted::add);
        record Near(String name, long shared, int lengthGap) {
        }
        List<Near> near = new ArrayList<>();
        org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms != null) {
            org.apache.lucene.index.TermsEnum it = terms.iterator();
            for (org.apache.lucene.util.BytesRef t = it.next(); t != null; t = it.next()) {
                String name = t.utf8ToString();
                if (name.indexOf(':') >= 0) {
                    continue; // an id (per:li-jiqian): the names are what a user types
                }
                long shared = name.codePoints().distinct().filter(wanted::contains).count();
                if (shared > 0) {
                    near.add(new Near(name, shared, Math.abs(name.codePointCount(0, name.length()) - wanted.size())));
                }
            }
        }
        near.sort(java.util.Comparator.comparingLong((Near n) -> -n.shared()).thenComparingInt(Near::lengthGap)
                .thenComparing(Near::name));
        return java.util.Optional.of(near.stream().limit(max).map(Near::name).toList());
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    @Override
    public void close() throws IOException {
        if (searchers != null) {
            searchers.close(); // snapshots still held keep their readers open until released
        }
        directory.close();
    }
}
