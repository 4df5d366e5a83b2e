package org.biannian.web;

import io.javalin.http.Context;
import org.biannian.Biannian;
import org.biannian.calendar.Regime;
import org.biannian.library.SearchQuery;

/** Reading a request's query parameters, checked, each failure an {@link ApiProblem} 400 naming the parameter. */
final class Requests {

    private final Biannian biannian;

    Requests(Biannian biannian) {
        this.biannian = biannian;
    }

    /** The library query a request asks: words, filters, date range and page. */
    SearchQuery query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > Api.MAX_QUERY) {
            throw ApiProblem.badRequest("q is longer than " + Api.MAX_QUERY + " characters");
        }
        String regime = blankToNull(ctx.queryParam("regime"));
        int[] range = range(ctx);
        return new SearchQuery(blankToNull(q), blankToNull(ctx.queryParam("person")), blankToNull(ctx.queryParam("place")),
                blankToNull(ctx.queryParam("work")), regime,
                range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1],
                offset(ctx), integer(ctx, "limit", Api.DEFAULT_LIMIT, 1, Api.MAX_LIMIT));
    }

    /** {@code from} and {@code to} as first and last JDN; unbounded ends are MIN_VALUE and MAX_VALUE. */
    int[] range(Context ctx) {
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

    /** The first and last day of a date the text itself gave (a year label), or empty if the calendar cannot read it. */
    java.util.Optional<int[]> knownDays(String expr, String regime) {
        try {
            return java.util.Optional.of(biannian.dateRange(expr, regime));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The days a date names, as the facade reads it. */
    private int[] days(String name, String expr, String regime) {
        if (expr.length() > Api.MAX_QUERY) {
            throw ApiProblem.badRequest(name + " is longer than " + Api.MAX_QUERY + " characters");
        }
        try {
            return biannian.dateRange(expr, regime);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name + ": " + e.getMessage());
        }
    }

    /** The regime named, 宋 when none is. */
    Regime regime(String name) {
        if (name == null || name.isBlank()) {
            return biannian.calendar().regime("宋").orElseThrow();
        }
        return biannian.calendar().regime(name).orElseThrow(() -> ApiProblem.badRequest("unknown regime 「" + name
                + "」; known: " + String.join(" ", biannian.calendar().regimeNames())));
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
