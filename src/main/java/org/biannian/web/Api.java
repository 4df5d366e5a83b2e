package org.biannian.web;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.biannian.Biannian;
import org.biannian.annotate.MentionType;
import org.biannian.library.SearchQuery;

/**
 * The REST API's one route list and its limits. The handlers live by resource: {@link EntryHandlers}
 * (documents, entries, search), {@link EntityHandlers} (persons, places, works), {@link DateHandlers}
 * (dates, timeline) and {@link MapHandlers} (network, places GeoJSON). Each reads and checks its
 * parameters through {@link Requests}, asks the request's {@link Generation} (model and index together),
 * and writes JSON. Bad parameters raise {@link ApiProblem}, which the server answers as
 * {@code application/problem+json}.
 */
final class Api {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = SearchQuery.MAX_LIMIT;
    /** Longest search text accepted, in characters: a query is words, not a document. */
    static final int MAX_QUERY = 200;
    /** A search that takes longer is abandoned with 503. */
    static final long SEARCH_DEADLINE_MS = 5_000;

    private final EntryHandlers entries;
    private final EntityHandlers entities;
    private final DateHandlers dates;
    private final MapHandlers maps;
    private final ParallelHandlers parallels;

    /** Handlers over the generation each request is given ({@link Generation#of}), searching on {@code searches}. */
    Api(Biannian biannian, ExecutorService searches) {
        Requests requests = new Requests(biannian);
        this.entries = new EntryHandlers(requests, new LibrarySearch(searches));
        this.entities = new EntityHandlers(biannian);
        this.dates = new DateHandlers(biannian, requests);
        this.maps = new MapHandlers(biannian, requests);
        this.parallels = new ParallelHandlers(biannian);
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
                new Route("/api/documents", "The documents served, with their entry counts and years", List.of(), entries::documents),
                new Route("/api/entries", "Entries in chronicle order (or best first with q), paged: {total, entries[]}", filters,
                        entries::entries),
                new Route("/api/entries/{id}", "One entry as in parse, with its display runs and neighbours", List.of(id),
                        entries::entry),
                new Route("/api/entries/{id}/parallels", "The passages of the other documents that tell the entry's event "
                        + "(cited works first), with the source's date, its agreement and the differences: {entry, total, parallels[]}",
                        List.of(id), parallels::parallels),
                new Route("/api/search", "Search hits with highlighted snippets: {total, results[]}", filters, entries::search),
                new Route("/api/persons/{id}", "A person: authority record, names, roles, entries in date order, related persons",
                        List.of(id), ctx -> entities.entity(ctx, MentionType.PER)),
                new Route("/api/places/{id}", "A place: authority record, coordinates, entries", List.of(id),
                        ctx -> entities.entity(ctx, MentionType.PLACE)),
                new Route("/api/entities/{id}", "Any mentioned entity (polity, office, group too)", List.of(id),
                        ctx -> entities.entity(ctx, null)),
                new Route("/api/works", "Works cited, and each document's source index", List.of(), entities::works),
                new Route("/api/works/{id}", "One work (canonical title): sections and juan cited, entries, notes setting it against others",
                        List.of(id), entities::work),
                new Route("/api/dates", "The calendar engine: a Chinese or Western date resolved",
                        List.of(new Param("expr", "query", "string", true, "至道二年三月壬子, 996-04-21"),
                                Param.query("regime", "the calendar (default 宋)")), dates::dates),
                new Route("/api/timeline", "Dated entries as JDN ranges, paged", List.of(from, to, regime, offset,
                        Param.integer("limit", "items to return, 1-" + MAX_LIMIT + " (default " + MAX_LIMIT + ")")), dates::timeline),
                new Route("/api/network", "Persons mentioned in the same entries: nodes and weighted edges",
                        List.of(Param.integer("limit", "most-mentioned persons to keep, 1-" + MAX_LIMIT + " (default 100)"),
                                Param.integer("minWeight", "least shared entries for an edge (default 1)")), maps::network),
                new Route("/api/places.geojson", "Places with coordinates, sized by mentions within a date range (GeoJSON)",
                        List.of(from, to, regime), maps::placesGeoJson));
    }
}
