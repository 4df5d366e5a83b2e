package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.biannian.Biannian;
import org.biannian.calendar.ChineseDay;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.calendar.WesternDate;
import org.biannian.export.DateJson;
import org.biannian.library.Corpus.EntryRef;

/** {@code /api/dates} (the calendar engine) and {@code /api/timeline} (dated entries as JDN ranges). */
final class DateHandlers {

    private final Biannian biannian;
    private final Requests requests;

    DateHandlers(Biannian biannian, Requests requests) {
        this.biannian = biannian;
        this.requests = requests;
    }

    void dates(Context ctx) {
        String expr = ctx.queryParam("expr");
        if (expr == null || expr.isBlank()) {
            throw ApiProblem.badRequest("expr is required: a date such as 至道二年三月 or 996-04-21");
        }
        if (expr.length() > Api.MAX_QUERY) {
            throw ApiProblem.badRequest("expr is longer than " + Api.MAX_QUERY + " characters");
        }
        Regime regime = requests.regime(ctx.queryParam("regime"));
        Optional<WesternDate> western = WesternDate.read(expr);
        if (western.isPresent()) {
            if (!western.get().inRange()) {
                throw ApiProblem.badRequest("「" + expr.strip() + "」 is not a day: month 1-12, day 1-31");
            }
            int jdn = western.get().jdn(WesternDate.Calendar.CIVIL);
            ObjectNode node = ApiJson.JSON.objectNode().put("expression", expr.strip()).put("precision", "DAY")
                    .put("jdn", jdn).put("firstJdn", jdn).put("lastJdn", jdn)
                    .put("julian", Jdn.civilString(jdn)).put("gregorian", Jdn.gregorianString(jdn))
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
        ReaderModel model = Generation.of(ctx).model();
        int[] range = requests.range(ctx);
        int offset = Requests.offset(ctx);
        int limit = Requests.integer(ctx, "limit", Api.MAX_LIMIT, 1, Api.MAX_LIMIT);
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
        dated.sort(Comparator.comparingInt((EntryRef r) -> ReaderModel.resolution(r).firstJdn())
                .thenComparing(r -> r.analysis().key()).thenComparingInt(r -> r.entry().index()));
        ObjectNode root = ApiJson.JSON.objectNode().put("total", dated.size()).put("offset", offset).put("limit", limit)
                .put("undated", unresolved);
        if (!dated.isEmpty()) {
            root.put("minJdn", dated.stream().mapToInt(r -> ReaderModel.resolution(r).firstJdn()).min().getAsInt());
            root.put("maxJdn", dated.stream().mapToInt(r -> ReaderModel.resolution(r).lastJdn()).max().getAsInt());
        }
        ArrayNode items = root.putArray("items");
        for (int i = offset; i < dated.size() && i < (long) offset + limit; i++) {
            items.add(ApiJson.summary(dated.get(i)));
        }
        Json.write(ctx, root);
    }
}
