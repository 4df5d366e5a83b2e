package org.biannian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.Chronicle;
import org.biannian.annotate.Annotator;
import org.biannian.annotate.ChronicleRegions;
import org.biannian.annotate.DatedRegion;
import org.biannian.annotate.Mention;
import org.biannian.authority.Authority;
import org.biannian.authority.PackFormatException;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.calendar.WesternDate;
import org.biannian.library.Analysis;
import org.biannian.library.AnalysisCodec;
import org.biannian.library.Corpus;
import org.biannian.library.DocumentRecord;
import org.biannian.library.IngestReport;
import org.biannian.library.LibraryException;
import org.biannian.library.Provenance;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;
import org.biannian.library.Library;
import org.biannian.library.StoredDocument;
import org.biannian.parallels.ChronicleSide;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.ParallelFinder;
import org.biannian.parallels.SourceInput;
import org.biannian.parallels.SourceLibrary;
import org.biannian.sources.ChronicleSources;
import org.biannian.sources.EntrySources;
import org.biannian.sources.Works;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;
import org.biannian.text.KanripoReader;
import org.biannian.text.TextFormat;
import org.biannian.text.WikiReader;

/**
 * The one entry point to Biannian: read, parse and date a chronicle. The command line, the web
 * reader and the integration tests go through this class; the stages behind it stay small.
 */
public final class Biannian {

    /** Resource path of the bundled sample chronicle, 戴錫章《西夏紀》 (AD 994–998, public domain). */
    private static final String SAMPLE = "/org/biannian/sample/xixiaji-994-998.txt";
    /** The year the sample begins in: its year headings were stripped. */
    public static final String SAMPLE_START = "淳化五年";
    /** The sample's document key. */
    public static final String SAMPLE_KEY = "xixiaji-994-998";

    /** This Biannian's version (the jar's), recorded with every document a library stores. */
    public static final String VERSION = Optional.ofNullable(Biannian.class.getPackage().getImplementationVersion())
            .orElse("0.1.0-SNAPSHOT");

    private final ChineseCalendar calendar;
    private final Authority authority;
    private final Annotator annotator;
    private final ChronicleSources apparatus;
    private final ParallelFinder parallelFinder;
    private final Provenance provenance;

    private Biannian(ChineseCalendar calendar, Authority authority, Provenance provenance) {
        this.calendar = calendar;
        this.authority = authority;
        this.annotator = Annotator.of(authority);
        this.apparatus = ChronicleSources.of(Works.builtIn());
        this.parallelFinder = ParallelFinder.of(calendar, Works.builtIn());
        this.provenance = provenance;
    }

    /** A Biannian with the built-in calendar tables and authority pack. */
    public static Biannian create() {
        return new Biannian(ChineseCalendar.builtIn(), Authority.builtIn(), AuthorityFingerprint.provenance(List.of(), VERSION));
    }

    /**
     * A Biannian whose authority is the built-in pack extended by {@code packs}, in order (later
     * packs extend or override earlier ones).
     *
     * @throws PackFormatException naming the file, line and column of a malformed pack
     */
    public static Biannian withAuthority(List<Path> packs) throws PackFormatException {
        return new Biannian(ChineseCalendar.builtIn(), packs.isEmpty() ? Authority.builtIn() : Authority.load(packs),
                AuthorityFingerprint.provenance(packs, VERSION));
    }

    /** How this Biannian analyses beyond a document's own options: authority packs and fingerprint, version. */
    public Provenance provenance() {
        return provenance;
    }

    public Authority authority() {
        return authority;
    }

    public ChineseCalendar calendar() {
        return calendar;
    }

    /** Reads a UTF-8 file exactly as stored. */
    public SourceText read(Path file) throws InputException {
        return TextReader.read(file);
    }

    /** The bundled sample chronicle. */
    public SourceText sample() {
        try (InputStream in = Biannian.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the bundled sample " + SAMPLE + "; rebuild it with mvn package");
            }
            return TextReader.decode("xixiaji-994-998.txt (bundled sample)", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the bundled sample is not UTF-8", e);
        }
    }

    /** How the text is read, its form detected: see {@link #view(SourceText, TextFormat)}. */
    public TextView view(SourceText text) {
        return view(text, null);
    }

    /**
     * How the text is read: Wikisource files without their markup, Kanripo files and texts in the
     * 四庫 page layout as paragraphs without their markup, anything else as it is.
     *
     * @param format the file's form, or null to detect it
     */
    public TextView view(SourceText text, TextFormat format) {
        return switch (format != null ? format : TextFormat.detect(text)) {
            case WIKI -> WikiReader.read(text);
            case KANRIPO, SIKU -> KanripoReader.read(text, AnnalsParser.opensParagraph(calendar));
            case PLAIN -> TextView.of(text);
        };
    }

    /**
     * Parses {@code text} into dated entries.
     *
     * @throws IllegalArgumentException if the options name an era or regime the calendar does not know
     */
    public Chronicle parse(SourceText text, ParseOptions options) {
        return AnnalsParser.parse(view(text, options.format()), options, calendar);
    }

    /** The critical apparatus of each entry: its citations, read against the built-in works authority, and its notes. */
    public List<EntrySources> sources(Chronicle chronicle) {
        return apparatus.read(chronicle);
    }

    /**
     * The persons, places, offices, polities, groups, works, dates and roles mentioned in
     * {@code chronicle}, in source code points. Each entry's date in force lets roles such as
     * 宋帝 resolve to the ruler of that day.
     */
    public List<Mention> annotate(Chronicle chronicle) {
        TextView view = chronicle.view();
        List<DatedRegion> dates = ChronicleRegions.of(chronicle, calendar);
        if (dates.isEmpty()) {
            dates = ChronicleRegions.wholeText(authority, view.text(),
                    chronicle.options().regime() == null ? "宋" : chronicle.options().regime());
        }
        // The annotator reads the markup-free view; its spans are mapped back to the source.
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : annotator.annotate(view.text(), dates)) {
            mentions.add(view.isIdentity() ? m : new Mention(view.toSource(m.span()), m.text(), m.type(), m.canonical(),
                    m.id(), m.candidates(), m.foundBy()));
        }
        return mentions;
    }

    /**
     * Runs the whole pipeline over {@code text}: entries and dates, then mentions (which need the
     * dates for roles), then the sources of each entry.
     *
     * @param key the document's key in a library
     * @throws IllegalArgumentException if the options name an era or regime the calendar does not know
     */
    public Analysis analyse(String key, SourceText text, ParseOptions options) {
        Chronicle chronicle = parse(text, options);
        List<Mention> mentions = annotate(chronicle);
        Map<String, org.biannian.authority.AuthorityRecord> records = new HashMap<>();
        for (Mention m : mentions) {
            if (m.id() != null && !records.containsKey(m.id())) {
                authority.find(m.id()).ifPresent(r -> records.put(r.id(), r));
            }
        }
        return new Analysis(key, sha256(text.text()), chronicle, mentions, sources(chronicle), records);
    }


    /**
     * Reads and parses {@code file} for a library: its key is the file name without extension.
     *
     * @throws InputException if the file cannot be read or is not UTF-8
     * @throws IllegalArgumentException if the options name an era or regime the calendar does not know
     */
    public Analysis prepare(Path file, ParseOptions options) throws InputException {
        return analyse(documentKey(file), read(file), options);
    }

    /** The bundled sample, analysed. */
    public Analysis sampleAnalysis() {
        return analyse(SAMPLE_KEY, sample(), new ParseOptions(SAMPLE_START, null, null));
    }

    /** The key a file is stored under: its name without the extension. */
    public static String documentKey(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace(':', '_');
    }

    /**
     * What {@code library} holds, document by document in key order: the analysis ingest stored for each,
     * read back (never made again), its records looked up in the authority packs the library recorded for
     * it, whatever this Biannian's own packs are. A document whose packs changed on disk since is refused
     * with the way out (ingest again), never shown with records other than its rows'. A document stored by a
     * Biannian older than stored analyses is analysed from its text with the options it recorded; one of
     * an older version without its analysis is refused with the way out.
     *
     * @throws LibraryException naming the document and what changed
     */
    public List<Analysis> stored(Library library) {
        return stored(library, library.contents());
    }

    /** As {@link #stored(Library)}, for {@code contents} read from {@code library} at one generation. */
    public List<Analysis> stored(Library library, Library.Contents contents) {
        Map<List<String>, Biannian> byPacks = new HashMap<>();
        byPacks.put(provenance.packs(), this);
        List<Analysis> out = new ArrayList<>();
        for (StoredDocument d : contents.documents()) {
            Provenance recorded = d.record().provenance();
            Biannian reader = this;
            if (recorded.version() != null) {
                if (d.analysis() == null && !recorded.version().equals(VERSION)) {
                    throw new LibraryException("document 「" + d.key() + "」 of " + library.folder() + " was analysed by Biannian "
                            + recorded.version() + ", this is " + VERSION + ": run ingest --force --library " + library.folder()
                            + " FILE… to analyse it again", null);
                }
                reader = byPacks.computeIfAbsent(recorded.packs(), Biannian::forRecordedPacks);
                if (!reader.provenance.authority().equals(recorded.authority())) {
                    throw new LibraryException("the authority packs document 「" + d.key() + "」 was analysed with ("
                            + (recorded.packs().isEmpty() ? "built-in" : String.join(", ", recorded.packs()))
                            + ") changed since: ingest it again (ingest --force) to apply them", null);
                }
            }
            out.add(reader.read(d));
        }
        return out;
    }

    /**
     * The analysis the library stored for {@code d}, read back; a document stored by a Biannian older than
     * stored analyses is analysed again from its text with the options it recorded.
     */
    private Analysis read(StoredDocument d) {
        SourceText text = SourceText.of(d.name(), d.text());
        if (d.analysis() == null) {
            return analyse(d.key(), text, d.options());
        }
        return AnalysisCodec.decode(d.analysis(), d.key(), d.sha256(), text, id -> authority.find(id).orElse(null));
    }

    /**
     * Analyses again, with the options and packs they recorded, the documents a library migrated from an
     * older schema holds without their analysis, and stores them: the last step of the migration.
     */
    private void analyseWhatWasNotStored(Library library) {
        List<StoredDocument> missing = library.documentsWithoutAnalysis();
        if (missing.isEmpty()) {
            return;
        }
        Map<List<String>, List<Analysis>> byPacks = new java.util.LinkedHashMap<>();
        for (StoredDocument d : missing) {
            List<String> packs = d.record().provenance().version() == null ? provenance.packs() : d.record().provenance().packs();
            Biannian reader = packs.equals(provenance.packs()) ? this : forRecordedPacks(packs);
            byPacks.computeIfAbsent(packs, p -> new ArrayList<>()).add(reader.analyse(d.key(), SourceText.of(d.name(), d.text()), d.options()));
        }
        for (Map.Entry<List<String>, List<Analysis>> group : byPacks.entrySet()) {
            Biannian reader = group.getKey().equals(provenance.packs()) ? this : forRecordedPacks(group.getKey());
            library.ingest(group.getValue(), reader.provenance, true, a -> { });
        }
    }

    /**
     * Indexes {@code documents} once as sources of parallels: their text as read, their dates in force,
     * their linked names and character bigrams.
     */
    public SourceLibrary parallelSources(List<Analysis> documents) {
        List<SourceInput> inputs = new ArrayList<>();
        for (Analysis a : documents) {
            inputs.add(new SourceInput(a.key(), a.chronicle().view(), a.mentions()));
        }
        return parallelFinder.index(inputs);
    }

    /**
     * The passages of {@code sources} (the chronicle itself left out) that tell the events of
     * {@code chronicle}'s entries, cited works first, in entry order; empty when none is found.
     */
    public List<Parallel> parallels(Analysis chronicle, SourceLibrary sources) {
        return parallelFinder.find(new ChronicleSide(chronicle.key(), chronicle.chronicle(), chronicle.mentions(),
                chronicle.sources()), sources);
    }

    /**
     * Finds the parallels of every document of {@code library} that cites a work, against all the documents
     * it holds, and stores them (replacing those stored before). {@code fresh} are analyses just made of some
     * of them; the others are analysed from their stored text.
     */
    public void storeParallels(Library library, List<Analysis> fresh) {
        Map<String, Analysis> made = new HashMap<>();
        fresh.forEach(a -> made.put(a.key(), a));
        List<StoredDocument> documents = library.documents();
        // Each document is read back once to be indexed as a source and kept only as what the index needs;
        // the chronicles are read again one at a time: the analyses of a large library are never all held.
        List<SourceInput> inputs = new ArrayList<>();
        List<StoredDocument> chronicles = new ArrayList<>();
        for (StoredDocument d : documents) {
            Analysis a = made.containsKey(d.key()) ? made.get(d.key()) : read(d);
            inputs.add(new SourceInput(a.key(), a.chronicle().view(), a.mentions()));
            if (citesAWork(a)) {
                chronicles.add(d);
            }
        }
        SourceLibrary sources = parallelFinder.index(inputs);
        inputs.clear();
        Map<String, List<Parallel>> found = new LinkedHashMap<>();
        for (StoredDocument d : chronicles) {
            found.put(d.key(), parallels(made.containsKey(d.key()) ? made.get(d.key()) : read(d), sources));
        }
        library.putParallels(found);
    }

    /** The parallels stored in the library in {@code folder}, every chronicle's, in entry order; empty if none. */
    public List<Parallel> storedParallels(Path folder) {
        try (Library library = openLibrary(folder)) {
            return library.parallels(null);
        }
    }

    /** The keys of the documents the library in {@code folder} holds, in key order. */
    public List<String> documentKeys(Path folder) {
        try (Library library = openLibrary(folder)) {
            return library.documents().stream().map(StoredDocument::key).toList();
        }
    }

    /**
     * The parallels the library in {@code folder} stored for {@code document} (every chronicle's when
     * null), in entry order; a library ingested before parallels were stored has none, and they are
     * found now from what it holds.
     */
    public List<Parallel> parallels(Path folder, String document) {
        try (Library library = openLibrary(folder)) {
            List<Parallel> found = library.parallels(document);
            if (!found.isEmpty()) {
                return found;
            }
            List<Analysis> documents = stored(library);
            SourceLibrary sources = parallelSources(documents);
            return documents.stream()
                    .filter(a -> document == null ? citesAWork(a) : a.key().equals(document))
                    .flatMap(a -> parallels(a, sources).stream())
                    .toList();
        }
    }

    /** Whether some entry of {@code analysis} cites a work: a chronicle whose sources parallels look for. */
    public static boolean citesAWork(Analysis analysis) {
        return analysis.sources().stream().anyMatch(s -> !s.citations().isEmpty());
    }

    /** The corpus of what {@code library} holds ({@link #stored}), for the exports. */
    public Corpus storedCorpus(Library library) {
        return Corpus.of(stored(library), readerOf(library).authority);
    }

    /**
     * The Biannian that analysed {@code library}: with the authority packs its documents recorded when
     * they all recorded the same ones (the faces then look records up in the packs the rows came
     * from), else this one.
     */
    public Biannian readerOf(Library library) {
        Set<List<String>> packs = new HashSet<>();
        for (DocumentRecord r : library.records().values()) {
            if (r.provenance().version() != null) {
                packs.add(r.provenance().packs());
            }
        }
        if (packs.size() != 1 || packs.contains(provenance.packs())) {
            return this;
        }
        return forRecordedPacks(packs.iterator().next());
    }

    private static Biannian forRecordedPacks(List<String> packs) {
        try {
            return withAuthority(packs.stream().map(Path::of).toList());
        } catch (RuntimeException e) {
            throw new LibraryException("cannot read the authority packs the library recorded (" + String.join(", ", packs)
                    + "): " + e.getMessage() + "; ingest again with the packs you have (ingest --force)", e);
        }
    }

    /**
     * Reads, analyses and stores {@code files} in {@code library}: a file whose text, options, format,
     * authority and Biannian version match what the library recorded is skipped without being
     * analysed, unless {@code force}; the others are analysed in parallel (one document per core)
     * and stored in one transaction. All or nothing.
     *
     * @param progress told of each document analysed (entries, code points), from the calling thread
     * @throws InputException if a file cannot be read, is not UTF-8 or holds no entries; nothing is stored then
     * @throws IllegalArgumentException if the options name an era or regime the calendar does not know
     */
    public IngestReport ingest(Library library, List<Path> files, ParseOptions options, boolean force,
                               BiConsumer<Integer, Long> progress) throws InputException {
        return ingest(library, files, options, TextReader.MAX_BYTES, force, progress, () -> { });
    }

    /**
     * Like {@link #ingest(Library, List, ParseOptions, boolean, BiConsumer)}, reading
     * at most {@code maxBytes} of each file (a larger one is refused with its size, nothing stored).
     * Each file gets a key of its own in the library ({@link Library#keyFor}): a file of the same name
     * as one read from another folder is stored beside it, never over it ({@link IngestReport#rekeyed()}).
     * {@code waiting} is called before waiting for another program's ingest to finish.
     */
    public IngestReport ingest(Library library, List<Path> files, ParseOptions options, long maxBytes, boolean force,
                               BiConsumer<Integer, Long> progress, Runnable waiting) throws InputException {
        SortedMap<String, DocumentRecord> records = library.records();
        List<SourceText> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, Path> origins = new HashMap<>();
        Map<String, String> rekeyed = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path file : files) {
            SourceText text = TextReader.read(file, maxBytes);
            String key = library.keyFor(file, documentKey(file), taken);
            taken.add(key);
            origins.put(key, file);
            if (!key.equals(documentKey(file))) {
                rekeyed.put(file.toString(), key);
            }
            DocumentRecord before = records.get(key);
            if (!force && before != null && before.change(sha256(text.text()), options,
                    Library.format(text, options.format()), provenance).isEmpty()) {
                unchanged.add(key);
            } else {
                texts.add(text);
                keys.add(key);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(texts.size(), Runtime.getRuntime().availableProcessors())));
        IngestReport report;
        List<String> withoutEntries = new ArrayList<>();
        int analysedFiles = texts.size();
        try {
            report = library.ingest(analysed(texts, keys, options, pool, progress, withoutEntries), provenance, force, origins,
                    a -> { }, waiting);
        } catch (LibraryException e) {
            if (e.getCause() instanceof Refused refused) {
                throw refused.input;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (analysedFiles > 0 && withoutEntries.size() == analysedFiles) {
            throw new InputException(withoutEntries.get(0) + ": no chronicle entries found"
                    + (analysedFiles > 1 ? " (nor in the " + (analysedFiles - 1) + " other files)" : "") + "; nothing was ingested");
        }
        if (!report.stored().isEmpty()) {
            // A new or changed document may be a source of the others' entries, or a chronicle itself.
            storeParallels(library, List.of());
        }
        List<String> skipped = new ArrayList<>(unchanged);
        skipped.addAll(report.unchanged());
        return new IngestReport(report.stored(), skipped, report.entries(), report.codePoints(), report.reanalysed(), rekeyed,
                withoutEntries);
    }

    /**
     * The analyses of {@code texts}, made in parallel on {@code pool} a few documents ahead of the one taken,
     * so that an ingest of thousands of files holds a handful of analyses at a time, not all of them. A text
     * with no entry (a juan of front matter) is left out and named in {@code withoutEntries}; a text that
     * cannot be ingested stops the iteration with {@link Refused}.
     */
    private Iterable<Analysis> analysed(List<SourceText> texts, List<String> keys, ParseOptions options, ExecutorService pool,
                                        BiConsumer<Integer, Long> progress, List<String> withoutEntries) {
        int ahead = 2 * Runtime.getRuntime().availableProcessors();
        return () -> new java.util.Iterator<>() {
            private final java.util.ArrayDeque<CompletableFuture<Analysis>> running = new java.util.ArrayDeque<>();
            private int submitted;
            private Analysis next;

            @Override
            public boolean hasNext() {
                while (next == null && (submitted < texts.size() || !running.isEmpty())) {
                    while (submitted < texts.size() && running.size() < ahead) {
                        SourceText text = texts.get(submitted);
                        String key = keys.get(submitted);
                        texts.set(submitted++, null); // the analysis holds the text from here on
                        running.add(CompletableFuture.supplyAsync(() -> analyse(key, text, options), pool));
                    }
                    next = checked(join(running.poll()));
                }
                return next != null;
            }

            @Override
            public Analysis next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Analysis a = next;
                next = null;
                return a;
            }

            /** {@code a}, or null when it has no entries; refuses a text misdated throughout. */
            private Analysis checked(Analysis a) {
                String name = a.chronicle().source().name();
                for (org.biannian.text.Diagnostic d : a.chronicle().diagnostics()) {
                    if (d.code().equals("YEAR_NOT_IN_ERA")) {
                        // Counted on into another era's year, every entry below would be misdated.
                        throw new Refused(new InputException(name + ":" + d.position() + ": " + d.message()
                                + "; nothing was ingested"));
                    }
                }
                progress.accept(a.chronicle().entries().size(), (long) a.chronicle().source().length());
                if (a.chronicle().entries().isEmpty()) {
                    withoutEntries.add(name);
                    return null;
                }
                return a;
            }
        };
    }

    /** A text an ingest refuses, carried through the library's transaction, which it rolls back. */
    private static final class Refused extends RuntimeException {
        private final InputException input;

        Refused(InputException input) {
            super(input.getMessage(), input, false, false);
            this.input = input;
        }
    }

    private static Analysis join(CompletableFuture<Analysis> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Entries of the library in {@code folder} matching {@code query}. Reads without the writer's
     * lock, so it works while an ingest writes.
     */
    public SearchResults search(Path folder, SearchQuery query) {
        try (Library library = openLibrary(folder)) {
            return library.search(query);
        }
    }

    /**
     * The names nearest to {@code name} when no {@code kind} (per, place, office, polity, work, regime)
     * by that name is known in the library in {@code folder}; empty when it is known or not given.
     */
    public Optional<List<String>> nearestIfUnknown(Path folder, String kind, String name) {
        try (Library library = openLibrary(folder)) {
            return library.nearestIfUnknown(kind, name);
        }
    }

    /** The library folder used when none is given. */
    public static final String DEFAULT_LIBRARY = Library.DEFAULT_FOLDER;

    /**
     * Ingests {@code files} into the library in {@code folder} (created if needed): {@link #ingest(Library, List,
     * ParseOptions, boolean, java.util.function.BiConsumer)} on a library opened and closed here.
     */
    public IngestReport ingest(Path folder, List<Path> files, ParseOptions options, boolean force,
                               BiConsumer<Integer, Long> progress) throws InputException {
        return ingest(folder, files, options, TextReader.MAX_BYTES, force, progress, () -> { });
    }

    /** As above; {@code waiting} is called before waiting for another program's ingest into {@code folder} to finish. */
    public IngestReport ingest(Path folder, List<Path> files, ParseOptions options, boolean force,
                               BiConsumer<Integer, Long> progress, Runnable waiting) throws InputException {
        return ingest(folder, files, options, TextReader.MAX_BYTES, force, progress, waiting);
    }

    /** As above, reading at most {@code maxBytes} of each file. */
    public IngestReport ingest(Path folder, List<Path> files, ParseOptions options, long maxBytes, boolean force,
                               BiConsumer<Integer, Long> progress, Runnable waiting) throws InputException {
        try (Library library = openLibrary(folder)) {
            return ingest(library, files, options, maxBytes, force, progress, waiting);
        }
    }

    /** The corpus of what the library in {@code folder} holds ({@link #stored}), for the exports. */
    public Corpus storedCorpus(Path folder) {
        try (Library library = openLibrary(folder)) {
            return storedCorpus(library);
        }
    }

    /** Stores the bundled sample, analysed, in {@code library}, and returns that analysis. */
    public Analysis ingestSample(Library library) {
        Analysis sample = sampleAnalysis();
        library.ingest(List.of(sample), provenance, false, a -> { });
        return sample;
    }

    /** Opens (creating if needed) the library in {@code folder}. */
    public Library openLibrary(Path folder) {
        Library library = Library.open(folder);
        try {
            analyseWhatWasNotStored(library);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        return library;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The days a date names, as {first JDN, last JDN}: a bare year ({@code 996}, the Julian year),
     * a Western date ({@code 995-01-01}, Julian before 1582-10-15, Gregorian from then) or a Chinese
     * one (至道元年, 至道三年三月), in the calendar of {@code regimeName} (宋 when null). The one
     * reading of a date range for every face.
     *
     * @throws IllegalArgumentException naming the expression when it cannot be read or resolved
     */
    public int[] dateRange(String expression, String regimeName) {
        String s = expression.strip();
        Optional<Integer> year = WesternDate.readYear(s);
        if (year.isPresent()) {
            return new int[] {Jdn.fromJulian(year.get(), 1, 1), Jdn.fromJulian(year.get(), 12, 31)};
        }
        Optional<WesternDate> western = WesternDate.read(s);
        if (western.isPresent()) {
            int jdn;
            try {
                jdn = western.get().jdn(WesternDate.Calendar.CIVIL);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("「" + s + "」 is not a day: " + e.getMessage(), e);
            }
            return new int[] {jdn, jdn};
        }
        DateExpression parsed = calendar.dateReader().read(s)
                .orElseThrow(() -> new IllegalArgumentException("cannot read the date 「" + s + "」 (e.g. 至道元年, 995-01-01)"));
        Regime regime = calendar.regime(regimeName == null ? "宋" : regimeName)
                .orElseThrow(() -> new IllegalArgumentException("unknown regime 「" + regimeName + "」"));
        Resolution r = calendar.resolve(parsed, new DateContext(regime, null, null, false));
        if (r.firstJdn() == null) {
            String why = r.diagnostics().isEmpty() ? "" : ": " + r.diagnostics().get(0).message();
            throw new IllegalArgumentException("cannot place the date 「" + s + "」" + why);
        }
        return new int[] {r.firstJdn(), r.lastJdn()};
    }
}
