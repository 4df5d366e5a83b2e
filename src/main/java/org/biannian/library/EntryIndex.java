package org.biannian.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.biannian.text.VariantFolding;
import org.biannian.text.SimplifiedFolding;

/**
 * The Lucene side of the library: one document per entry. Each commit records the SQLite
 * generation it was built from, so a library whose index lags its database is rebuilt on open.
 *
 * <p>Lucene counts UTF-16 units; nothing here returns Lucene offsets: snippets are cut by code point.
 */
final class EntryIndex implements AutoCloseable {

    static final String FOLDER = "index";
    private static final String GENERATION = "biannian.generation";
    /**
     * The fields each document has, recorded with every commit: an index written before a field
     * was added (text_v, issue 18) reads as generation -1, so opening the library rebuilds it.
     */
    private static final String FIELDS = "biannian.fields";
    private static final String FIELDS_NOW = "text text_s text_v";
    private static final String TEXT = "text";
    private static final String FOLDED = "text_s";
    /** Variant-folded (吕䝉正 → 呂蒙正, VariantFolding): a query in any edition's form finds every form. */
    private static final String VARIANTS = "text_v";
    private static final VariantFolding VARIANT_FOLDING = VariantFolding.builtIn();

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
            String g = data.get(GENERATION);
            return g == null || !FIELDS_NOW.equals(data.get(FIELDS)) ? -1 : Long.parseLong(g);
        }
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
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(indexAnalyzer));
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
        d.add(new StringField("id", e.id(), Field.Store.YES));
        d.add(new StringField("document", e.document(), Field.Store.YES));
        d.add(new StoredField("index", e.index()));
        d.add(new org.apache.lucene.document.NumericDocValuesField("order", e.index()));
        d.add(new org.apache.lucene.document.SortedDocValuesField("doc_order", new org.apache.lucene.util.BytesRef(e.document())));
        String text = e.text();
        d.add(new TextField(TEXT, text, Field.Store.YES));
        d.add(new TextField(FOLDED, SimplifiedFolding.fold(text), Field.Store.NO));
        d.add(new TextField(VARIANTS, VARIANT_FOLDING.fold(text), Field.Store.NO));
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

    /** Searches the last commit seen (refreshed first), holding its searcher only while searching. */
    SearchResults search(SearchQuery q) throws IOException {
        refresh();
        if (searchers == null) {
            return new SearchResults(0, List.of());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, q);
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
            String g = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(GENERATION);
            SearcherManager owner = searchers;
            return new IndexSnapshot(g == null ? -1 : Long.parseLong(g), searcher, () -> owner.release(searcher));
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

    static SearchResults search(IndexSearcher searcher, SearchQuery q) throws IOException {
        List<String> words = q.text() == null ? List.of() : List.of(q.text().strip().split("[\\s\\p{Z}]+"));
        words = words.stream().filter(w -> !w.isEmpty()).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean scored = false;
        QueryBuilder builder = new QueryBuilder(QUERY_ANALYZER);
        for (String word : words) {
            Query exact = builder.createPhraseQuery(TEXT, word);
            Query folded = builder.createPhraseQuery(FOLDED, SimplifiedFolding.fold(word));
            Query variants = builder.createPhraseQuery(VARIANTS, VARIANT_FOLDING.fold(word));
            if (exact == null && folded == null && variants == null) {
                continue; // punctuation only
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (Query form : new Query[] {exact, folded, variants}) {
                if (form != null) {
                    either.add(form, BooleanClause.Occur.SHOULD);
                }
            }
            query.add(either.build(), BooleanClause.Occur.MUST);
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
        // Without words every hit scores the same: keep the chronicle's order then.
        TopDocs top = scored ? searcher.search(built, wanted)
                : searcher.search(built, wanted, new Sort(new SortField("doc_order", SortField.Type.STRING),
                new SortField("order", SortField.Type.INT)));
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = q.offset(); i < docs.length; i++) {
            Document d = searcher.storedFields().document(docs[i].doc);
            hits.add(Snippets.hit(d.get("id"), d.get("document"), d.getField("index").numericValue().intValue(),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score, d.get(TEXT), words));
        }
        return new SearchResults(total, hits);
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
