package org.biannian.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.biannian.Biannian;
import org.biannian.annals.Entry;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Coordinates;
import org.biannian.authority.Name;
import org.biannian.calendar.ChineseDay;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.export.ChronicleJson;
import org.biannian.export.DateJson;
import org.biannian.export.SourcesJson;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.library.SearchHit;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;
import org.biannian.sources.SourceIndex;
import org.biannian.library.Corpus;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.export.GeoJsonWriter;

/**
 * The handlers of the REST API: each reads and checks its parameters, asks the in-memory
 * {@link ReaderModel} or the library's search, and writes JSON. Bad parameters raise
 * {@link ApiProblem}, which the server answers as {@code application/problem+json}.
 */
final class Api {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = SearchQuery.MAX_LIMIT;
    /** Longest search text accepted, in characters: a query is words, not a document. */
    static final int MAX_QUERY = 200;
    /** A search that takes longer is abandoned with 503. */
    static final long SEARCH_DEADLINE_MS = 5_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern YEAR = Pattern.compile("(-?\\d{1,4})");
    private static final Pattern WESTERN_DAY = Pattern.compile("(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})");

    private final Biannian biannian;
    private final ReaderModel model;
    private final Library library;
    private final ExecutorService searches;

    Api(Biannian biannian, ReaderModel model, Library library, ExecutorService searches) {
        this.biannian = biannian;
        this.model = model;
        this.library = library;
        this.searches = searches;
    }

    /** Every route of the API: the server registers these, and the OpenAPI document describes them. */
    List<Route> routes() {
        Param offset = Param.integer("offset", "results to skip (default 0)");
        Param limit = Param.integer("limit", "results to return, 1-" + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
        Param q = Param.query("q", "words to find, traditional or simplified; all must match");
        Param person = Param.query("person", "only entries mentioning this person (id, canonical name or any alias)");
        Param place = Param.query("place", "only entries mentioning this place (id or canonical name)");
        Param work = Param.query("work", "only entries citing this work (canonical title)");
        Param regime = Param.query("regime", "calendar of the dates given, and only entries dated in it (宋, 遼…)");
        Param from = Param.query("from", "entries dated on or after: 996, 至道二年, 996-01-01 (Julian)");
        Param to = Param.query("to", "entries dated on or before: 997, 至道三年, 997-12-31");
        Param id = Param.path("id", "the id");
        List<Param> filters = List.of(q, person, place, work, regime, from, to, offset, limit);
        return List.of(
                new Route("/api/documents", "The documents served, with their entry counts and years", List.of(), this::documents),
                new Route("/api/entries", "Entries in chronicle order (or best first with q), paged: {total, entries[]}", filters,
                        this::entries),
                new Route("/api/entries/{id}", "One entry as in parse, with its display runs and neighbours", List.of(id), this::entry),
                new Route("/api/search", "Search hits with highlighted snippets: {total, results[]}", filters, this::search),
                new Route("/api/persons/{id}", "A person: authority record, names, roles, entries in date order, related persons",
                        List.of(id), ctx -> entity(ctx, MentionType.PER)),
                new Route("/api/places/{id}", "A place: authority record, coordinates, entries", List.of(id),
                        ctx -> entity(ctx, MentionType.PLACE)),
                new Route("/api/entities/{id}", "Any mentioned entity (polity, office, group too)", List.of(id), ctx -> entity(ctx, null)),
                new Route("/api/works", "Works cited, and each document's source index", List.of(), this::works),
                new Route("/api/works/{id}", "One work (canonical title): sections and juan cited, entries, notes setting it against others",
                        List.of(id), this::work),
                new Route("/api/dates", "The calendar engine: a Chinese or Western date resolved",
                        List.of(new Param("expr", "query", "string", true, "至道二年三月壬子, 996-04-21"),
                                Param.query("regime", "the calendar (default 宋)")), this::dates),
                new Route("/api/timeline", "Dated entries as JDN ranges, paged", List.of(from, to, regime, offset,
                        Param.integer("limit", "items to return, 1-" + MAX_LIMIT + " (default " + MAX_LIMIT + ")")), this::timeline),
                new Route("/api/network", "Persons mentioned in the same entries: nodes and weighted edges",
                        List.of(Param.integer("limit", "most-mentioned persons to keep, 1-" + MAX_LIMIT + " (default 100)"),
                                Param.integer("minWeight", "least shared entries for an edge (default 1)")), this::network),
                new Route("/api/places.geojson", "Places with coordinates, sized by mentions within a date range (GeoJSON)",
                        List.of(from, to, regime), this::placesGeoJson));
    }

    // ---- handlers

    void documents(Context ctx) {
        ObjectNode root = JSON.objectNode();
        ArrayNode docs = root.putArray("documents");
        for (Analysis a : model.analyses()) {
            ObjectNode d = docs.addObject();
            d.put("key", a.key());
            d.put("name", a.chronicle().source().name());
            d.put("style", a.chronicle().style().name());
            d.put("entries", a.chronicle().entries().size());
            ArrayNode years = d.putArray("years");
            Integer last = null;
            for (Entry e : a.chronicle().entries()) {
                Integer y = e.year().julianYear();
                if (y != null && !y.equals(last)) {
                    years.addObject().put("julianYear", y).put("label", e.year().era() == null ? String.valueOf(y)
                            : e.year().era() + org.biannian.calendar.ChineseLabels.year(e.year().eraYear()))
                            .put("first", a.entryId(e.index()));
                    last = y;
                }
            }
        }
        root.put("total", model.entries().size());
        Json.write(ctx, root);
    }

    void entries(Context ctx) {
        searchPage(ctx, "entries", (hit, out) -> model.entry(hit.id()).ifPresent(ref -> out.add(entryJson(ref))));
    }

    void entry(Context ctx) {
        String id = ctx.pathParam("id");
        EntryRef ref = model.entry(id).orElseThrow(() -> ApiProblem.notFound("no entry 「" + id + "」"));
        ObjectNode node = entryJson(ref);
        List<Entry> siblings = ref.analysis().chronicle().entries();
        int i = ref.entry().index();
        node.put("previous", i > 1 ? ref.analysis().entryId(i - 1) : null);
        node.put("next", i < siblings.size() ? ref.analysis().entryId(i + 1) : null);
        Json.write(ctx, node);
    }

    void search(Context ctx) {
        searchPage(ctx, "results", (hit, out) -> {
            ObjectNode h = out.addObject();
            h.put("id", hit.id());
            h.put("document", hit.document());
            h.put("index", hit.index());
            h.put("score", hit.score());
            h.put("snippet", hit.snippet());
            ArrayNode highlights = h.putArray("highlights");
            hit.highlights().forEach(r -> highlights.addArray().add(r[0]).add(r[1]));
            model.entry(hit.id()).ifPresent(ref -> h.setAll(summary(ref)));
        });
    }

    /** A page of the library's search for this request, each hit written into {@code field} by {@code write}. */
    private void searchPage(Context ctx, String field, java.util.function.BiConsumer<SearchHit, ArrayNode> write) {
        SearchResults results = search(query(ctx));
        ObjectNode root = page(results.total(), ctx);
        ArrayNode out = root.putArray(field);
        results.hits().forEach(hit -> write.accept(hit, out));
        Json.write(ctx, root);
    }

    void entity(Context ctx, MentionType type) {
        String id = ctx.pathParam("id");
        Optional<Corpus.Entity> found = model.corpus().entity(id).filter(u -> type == null || u.type() == type);
        Optional<AuthorityRecord> record = biannian.authority().find(id);
        if (found.isEmpty() && (record.isEmpty() || type != null && MentionType.of(record.get().kind()) != type)) {
            throw ApiProblem.notFound("no " + (type == null ? "entity" : type == MentionType.PER ? "person" : "place")
                    + " 「" + id + "」 is mentioned in the chronicles served");
        }
        ObjectNode node = JSON.objectNode();
        node.put("id", id);
        node.put("type", found.map(u -> u.type().name()).orElseGet(() -> MentionType.of(record.get().kind()).name()));
        node.put("canonical", record.map(AuthorityRecord::canonical).orElseGet(() -> found.get().canonical()));
        record.ifPresent(r -> node.set("record", record(r)));
        node.put("mentions", found.map(Corpus.Entity::mentions).orElse(0));
        ObjectNode forms = node.putObject("forms");
        model.forms(id).forEach(forms::put);
        ObjectNode roles = node.putObject("roles");
        model.roles(id).forEach(roles::put);
        ArrayNode list = node.putArray("entries");
        found.map(Corpus.Entity::entries).orElse(List.of()).forEach(ref -> list.add(summary(ref)));
        if (found.isPresent() && found.get().type() == MentionType.PER) {
            ArrayNode related = node.putArray("related");
            for (Corpus.Edge e : model.personEdges()) {
                String other = e.source().equals(id) ? e.target() : e.target().equals(id) ? e.source() : null;
                if (other != null && related.size() < 30) {
                    related.addObject().put("id", other).put("canonical", canonical(other)).put("weight", e.weight());
                }
            }
        }
        Json.write(ctx, node);
    }

    void works(Context ctx) {
        ObjectNode root = JSON.objectNode();
        ArrayNode works = root.putArray("works");
        model.works().forEach((title, refs) -> works.addObject().put("work", title).put("entries", refs.size()));
        ArrayNode docs = root.putArray("documents");
        model.sourceIndexes().forEach((key, index) -> {
            Analysis a = analysis(key);
            ObjectNode d = docs.addObject().put("document", key);
            d.set("sources", SourcesJson.index(a.chronicle().source(), index));
        });
        Json.write(ctx, root);
    }

    void work(Context ctx) {
        String title = ctx.pathParam("id");
        List<EntryRef> refs = model.works().get(title);
        if (refs == null) {
            throw ApiProblem.notFound("no entry cites a work 「" + title + "」");
        }
        ObjectNode node = JSON.objectNode().put("work", title);
        ArrayNode rows = node.putArray("rows");
        ArrayNode oppositions = node.putArray("oppositions");
        model.sourceIndexes().forEach((key, index) -> {
            Analysis a = analysis(key);
            for (SourceIndex.Row row : index.rows()) {
                if (row.work().equals(title)) {
                    ObjectNode r = rows.addObject().put("document", key).put("section", row.section()).put("citations", row.citations());
                    r.put("juan", row.juan());
                    ArrayNode ids = r.putArray("entries");
                    row.entries().forEach(i -> ids.add(a.entryId(i)));
                }
            }
            for (SourceIndex.Opposition p : index.oppositions()) {
                if (p.first().startsWith(title) || p.second().startsWith(title)) {
                    ObjectNode o = oppositions.addObject().put("document", key);
                    o.putArray("works").add(p.first()).add(p.second());
                    ArrayNode ns = o.putArray("notes");
                    for (SourceIndex.EntryNote n : p.notes()) {
                        ns.addObject().put("entry", a.entryId(n.entry())).put("kind", n.note().kind().name())
                                .put("verdict", n.note().verdict())
                                .put("text", a.chronicle().source().slice(n.note().span()));
                    }
                }
            }
        });
        ArrayNode entries = node.putArray("entries");
        refs.forEach(ref -> entries.add(summary(ref)));
        Json.write(ctx, node);
    }

    void dates(Context ctx) {
        String expr = ctx.queryParam("expr");
        if (expr == null || expr.isBlank()) {
            throw ApiProblem.badRequest("expr is required: a date such as 至道二年三月 or 996-04-21");
        }
        if (expr.length() > MAX_QUERY) {
            throw ApiProblem.badRequest("expr is longer than " + MAX_QUERY + " characters");
        }
        Regime regime = regime(ctx.queryParam("regime"));
        Matcher western = WESTERN_DAY.matcher(expr.strip());
        if (western.matches()) {
            int jdn = westernDay(western, expr);
            ObjectNode node = JSON.objectNode().put("expression", expr.strip()).put("precision", "DAY")
                    .put("jdn", jdn).put("firstJdn", jdn).put("lastJdn", jdn)
                    .put("julian", Jdn.julianString(jdn)).put("civil", Jdn.civilString(jdn))
                    .put("gregorian", Jdn.gregorianString(jdn))
                    .put("ganzhi", Jdn.ganzhiName(Jdn.ganzhiIndex(jdn)));
            ArrayNode chinese = node.putArray("chinese");
            for (ChineseDay day : biannian.calendar().chineseDays(jdn)) {
                chinese.addObject().put("regime", day.regime().name()).put("label", day.label());
            }
            Json.write(ctx, node);
            return;
        }
        DateExpression parsed = biannian.calendar().dateReader().read(expr)
                .orElseThrow(() -> ApiProblem.badRequest("cannot read the date 「" + expr.strip() + "」 (e.g. 至道元年, 至道二年三月壬子, 995-01-01)"));
        Resolution r = biannian.calendar().resolve(parsed, new DateContext(regime, null, null, false));
        Json.write(ctx, DateJson.of(r));
    }

    void timeline(Context ctx) {
        int[] range = range(ctx);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = integer(ctx, "limit", MAX_LIMIT, 1, MAX_LIMIT);
        String regime = ctx.queryParam("regime");
        List<EntryRef> dated = new ArrayList<>();
        int unresolved = 0;
        for (EntryRef ref : model.entries()) {
            Resolution r = ReaderModel.resolution(ref);
            if (r == null) {
                unresolved++;
            } else if (r.lastJdn() >= range[0] && r.firstJdn() <= range[1]
                    && (regime == null || regime.equals(ref.entry().year().regime()))) {
                dated.add(ref);
            }
        }
        dated.sort(java.util.Comparator.comparingInt((EntryRef r) -> ReaderModel.resolution(r).firstJdn())
                .thenComparing(r -> r.analysis().key()).thenComparingInt(r -> r.entry().index()));
        ObjectNode root = JSON.objectNode().put("total", dated.size()).put("offset", offset).put("limit", limit)
                .put("undated", unresolved);
        if (!dated.isEmpty()) {
            root.put("minJdn", dated.stream().mapToInt(r -> ReaderModel.resolution(r).firstJdn()).min().getAsInt());
            root.put("maxJdn", dated.stream().mapToInt(r -> ReaderModel.resolution(r).lastJdn()).max().getAsInt());
        }
        ArrayNode items = root.putArray("items");
        for (int i = offset; i < dated.size() && i < (long) offset + limit; i++) {
            items.add(summary(dated.get(i)));
        }
        Json.write(ctx, root);
    }

    void network(Context ctx) {
        int limit = integer(ctx, "limit", 100, 1, MAX_LIMIT);
        int minWeight = integer(ctx, "minWeight", 1, 1, Integer.MAX_VALUE);
        List<Corpus.Entity> persons = new ArrayList<>(model.corpus().entities(MentionType.PER));
        persons.sort(java.util.Comparator.comparingInt((Corpus.Entity p) -> -p.mentions()).thenComparing(Corpus.Entity::id));
        Set<String> kept = new HashSet<>();
        ObjectNode root = JSON.objectNode().put("totalPersons", persons.size());
        ArrayNode nodes = root.putArray("nodes");
        for (Corpus.Entity p : persons.subList(0, Math.min(limit, persons.size()))) {
            kept.add(p.id());
            ObjectNode n = nodes.addObject().put("id", p.id()).put("name", p.canonical())
                    .put("mentions", p.mentions()).put("entries", p.entries().size());
            String polity = p.record() == null ? "" : p.record().polity();
            n.put("polity", polity.isEmpty() ? null : polity);
            n.put("polityName", polity.isEmpty() ? null : canonical(polity));
        }
        ArrayNode edges = root.putArray("edges");
        for (Corpus.Edge e : model.personEdges()) {
            if (e.weight() >= minWeight && kept.contains(e.source()) && kept.contains(e.target())) {
                edges.addObject().put("source", e.source()).put("target", e.target()).put("weight", e.weight());
            }
        }
        Json.write(ctx, root);
    }

    /** The export's GeoJSON of places; with a date range, each place counts only the entries dated in it. */
    void placesGeoJson(Context ctx) {
        int[] range = range(ctx);
        boolean bounded = range[0] != Integer.MIN_VALUE || range[1] != Integer.MAX_VALUE;
        ObjectNode all = GeoJsonWriter.places(model.corpus());
        ArrayNode kept = JSON.arrayNode();
        for (JsonNode feature : all.get("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            ArrayNode inRange = JSON.arrayNode();
            for (JsonNode id : properties.get("entryIds")) {
                Resolution r = model.entry(id.asText()).map(ReaderModel::resolution).orElse(null);
                if (!bounded || r != null && r.lastJdn() >= range[0] && r.firstJdn() <= range[1]) {
                    inRange.add(id);
                }
            }
            if (!inRange.isEmpty()) {
                properties.set("entryIds", inRange);
                properties.put("entries", inRange.size());
                kept.add(feature);
            }
        }
        all.set("features", kept);
        long unlocated = model.corpus().entities(MentionType.PLACE).stream()
                .filter(p -> p.record() == null || p.record().coordinates() == null).count();
        all.put("unlocated", unlocated);
        ctx.contentType("application/geo+json; charset=utf-8");
        Json.writeKeepingType(ctx, all);
    }

    // ---- JSON pieces

    /** The entry as {@code parse} writes it, with {@code display}: its Chinese date label and runs for the page. */
    private ObjectNode entryJson(EntryRef ref) {
        ObjectNode node = ChronicleJson.entry(ref.analysis(), ref.entry());
        node.set("display", EntryDisplay.of(ref.analysis(), ref.entry()));
        return node;
    }

    /** A line for lists: id, date in both forms, precision and headline. */
    private static ObjectNode summary(EntryRef ref) {
        ObjectNode s = JSON.objectNode();
        s.put("id", ref.id());
        s.put("document", ref.analysis().key());
        s.put("index", ref.entry().index());
        s.put("label", EntryDisplay.label(ref.entry()));
        s.put("regime", ref.entry().year().regime());
        Resolution r = ReaderModel.resolution(ref);
        if (r != null) {
            s.put("firstJdn", r.firstJdn()).put("lastJdn", r.lastJdn()).put("julian", r.julian())
                    .put("lastJulian", r.lastJulian()).put("precision", r.precision().name());
        } else {
            s.put("precision", "NONE");
        }
        s.put("headline", ref.analysis().chronicle().view().viewSlice(ref.entry().headline()));
        return s;
    }

    private ObjectNode record(AuthorityRecord r) {
        ObjectNode node = JSON.objectNode();
        node.put("kind", r.kind().name());
        node.put("canonical", r.canonical());
        ArrayNode names = node.putArray("names");
        for (Name n : r.names()) {
            ObjectNode x = names.addObject().put("text", n.text()).put("kind", n.kind());
            x.put("firstYear", n.firstYear() == 0 ? null : n.firstYear());
            x.put("lastYear", n.lastYear() == 0 ? null : n.lastYear());
            x.put("source", n.source().isEmpty() ? null : n.source());
        }
        node.put("subtype", r.subtype().isEmpty() ? null : r.subtype());
        node.put("polity", r.polity().isEmpty() ? null : r.polity());
        node.put("polityName", r.polity().isEmpty() ? null : canonical(r.polity()));
        node.put("parent", r.parent().isEmpty() ? null : r.parent());
        node.put("parentName", r.parent().isEmpty() ? null : canonical(r.parent()));
        node.put("firstYear", r.firstYear() == 0 ? null : r.firstYear());
        node.put("lastYear", r.lastYear() == 0 ? null : r.lastYear());
        node.put("externalId", r.externalId().isEmpty() ? null : r.externalId());
        r.location().ifPresent(c -> node.putObject("coordinates").put("latitude", c.latitude()).put("longitude", c.longitude())
                .put("precision", c.precision()).put("source", c.source()));
        node.put("note", r.note().isEmpty() ? null : r.note());
        return node;
    }

    private ObjectNode page(long total, Context ctx) {
        return JSON.objectNode().put("total", total)
                .put("offset", integer(ctx, "offset", 0, 0, Integer.MAX_VALUE))
                .put("limit", integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    // ---- parameters

    private SearchQuery query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw ApiProblem.badRequest("q is longer than " + MAX_QUERY + " characters");
        }
        String regime = blankToNull(ctx.queryParam("regime"));
        int[] range = range(ctx);
        return new SearchQuery(blankToNull(q), blankToNull(ctx.queryParam("person")), blankToNull(ctx.queryParam("place")),
                blankToNull(ctx.queryParam("work")), regime,
                range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1],
                integer(ctx, "offset", 0, 0, Integer.MAX_VALUE), integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    private SearchResults search(SearchQuery query) {
        Future<SearchResults> running = searches.submit(() -> library.search(query));
        try {
            return running.get(SEARCH_DEADLINE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw ApiProblem.unavailable("the search took longer than " + SEARCH_DEADLINE_MS + " ms; narrow it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** {@code from} and {@code to} as first and last JDN; unbounded ends are MIN_VALUE and MAX_VALUE. */
    private int[] range(Context ctx) {
        String regime = blankToNull(ctx.queryParam("regime"));
        if (regime != null) {
            regime(regime);
        }
        String from = blankToNull(ctx.queryParam("from"));
        String to = blankToNull(ctx.queryParam("to"));
        int first = from == null ? Integer.MIN_VALUE : days("from", from, regime)[0];
        int last = to == null ? Integer.MAX_VALUE : days("to", to, regime)[1];
        if (first > last) {
            throw ApiProblem.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        return new int[] {first, last};
    }

    /** The days a date names: a bare number is a Julian year; else what the facade reads. */
    private int[] days(String name, String expr, String regime) {
        if (expr.length() > MAX_QUERY) {
            throw ApiProblem.badRequest(name + " is longer than " + MAX_QUERY + " characters");
        }
        Matcher year = YEAR.matcher(expr.strip());
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return new int[] {Jdn.fromJulian(y, 1, 1), Jdn.fromJulian(y, 12, 31)};
        }
        Matcher western = WESTERN_DAY.matcher(expr.strip());
        if (western.matches()) {
            westernDay(western, expr);
        }
        try {
            return biannian.dateRange(expr, regime);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name + ": " + e.getMessage());
        }
    }

    private static int westernDay(Matcher m, String expr) {
        int y = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        try {
            return Jdn.fromCivil(y, month, d);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("「" + expr.strip() + "」 is not a day: " + e.getMessage());
        }
    }

    private Regime regime(String name) {
        if (name == null || name.isBlank()) {
            return biannian.calendar().regime("宋").orElseThrow();
        }
        return biannian.calendar().regime(name).orElseThrow(() -> ApiProblem.badRequest("unknown regime 「" + name
                + "」; known: " + String.join(" ", biannian.calendar().regimeNames())));
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number, got 「" + raw + "」");
        }
        if (value < min || value > max) {
            throw ApiProblem.badRequest(name + " must be " + min + ".." + max + ", got " + value
                    + (name.equals("limit") ? "; page through larger results with offset" : ""));
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Analysis analysis(String key) {
        return model.analyses().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    private String canonical(String id) {
        return biannian.authority().find(id).map(AuthorityRecord::canonical)
                .orElseGet(() -> model.corpus().entity(id).map(Corpus.Entity::canonical).orElse(id));
    }

}
