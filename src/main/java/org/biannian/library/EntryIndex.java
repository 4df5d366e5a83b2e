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

/**
 * The Lucene side of the library: one document per entry. Each commit records the SQLite
 * generation it was built from, so a library whose index lags its database is rebuilt on open.
 *
 * <p>Lucene counts UTF-16 units; nothing here returns Lucene offsets: snippets are cut by code point.
 */
final class EntryIndex implements AutoCloseable {

    static final String FOLDER = "index";
    private static final String GENERATION = "biannian.generation";
    private static final String TEXT = "text";
    private static final String FOLDED = "text_s";

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
            String g = r.getIndexCommit().getUserData().get(GENERATION);
            return g == null ? -1 : Long.parseLong(g);
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
            for (IndexedEntry e : entries) {
                writer.addDocument(toDocument(e));
            }
            writer.setLiveCommitData(Map.of(GENERATION, String.valueOf(generation)).entrySet());
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
        d.add(new TextField(FOLDED, Folding.fold(text), Field.Store.NO));
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
            Query folded = builder.createPhraseQuery(FOLDED, Folding.fold(word));
            if (exact == null && folded == null) {
                continue; // punctuation only
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (exact != null) {
                either.add(exact, BooleanClause.Occur.SHOULD);
            }
            if (folded != null) {
                either.add(folded, BooleanClause.Occur.SHOULD);
            }
            query.add(either.build(), BooleanClause.Occur.MUST);
            scored = true;
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
        int wanted = Math.min(q.offset() + q.limit(), Math.max(total, 1));
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
