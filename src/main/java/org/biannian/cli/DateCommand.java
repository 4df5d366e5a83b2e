package org.biannian.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.DateExpressionReader;
import org.biannian.calendar.Regime;
import org.biannian.calendar.WesternDate;
import org.biannian.export.DateJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code biannian date EXPR}: a Chinese date as JDN, Julian and Gregorian dates with diagnostics; {@code date -}
 * for a batch (one EXPR or REGIME&lt;TAB&gt;EXPR per line, JSON Lines out); a JDN or Western date for the reverse.
 */
@Command(name = "date", mixinStandardHelpOptions = true,
        description = {"Resolve a Chinese date (至道三年三月癸巳) to JDN, Julian and Gregorian dates (JSON on stdout).",
                "EXPR '-' reads one EXPR or REGIME<TAB>EXPR per stdin line and prints JSON Lines in the same order.",
                "A Western date (997-05-08) or --jdn N gives the Chinese date in every regime that day."})
final class DateCommand implements Callable<Integer> {

    /** Which Western calendar a date such as 997-05-08 is in. */
    enum WesternCalendar { julian, gregorian, civil }

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPR",
            description = "A Chinese date expression, a Western date YYYY-MM-DD, or - for a batch on stdin.")
    String expression;

    @Option(names = "--regime", paramLabel = "REGIME", description = "The regime in force: 宋, 遼, 夏, 金 …")
    String regimeName;

    @Option(names = "--jdn", paramLabel = "N", description = "Name the day with this Julian Day Number in every regime.")
    Integer jdn;

    @Option(names = "--calendar", paramLabel = "julian|gregorian|civil", defaultValue = "civil",
            description = "The calendar of a Western date: julian, gregorian, or civil (Julian before 1582-10-15; default).")
    WesternCalendar westernCalendar;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        if (jdn != null) {
            Output.jsonLine(out, DateJson.ofDay(jdn, calendar.chineseDays(jdn)));
            out.flush();
            return 0;
        }
        if (expression == null) {
            err.println("biannian date: give EXPR, - (stdin) or --jdn N");
            return Main.EXIT_USAGE;
        }
        Regime regime = null;
        if (regimeName != null) {
            regime = calendar.regime(regimeName).orElse(null);
            if (regime == null) {
                err.println("biannian date: unknown regime 「" + regimeName + "」 (try 宋, 遼, 夏, 金)");
                return Main.EXIT_INPUT;
            }
        }
        DateExpressionReader reader = calendar.dateReader();
        if (expression.equals("-")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Output.jsonLine(out, answer(calendar, reader, line, regime));
            }
            out.flush();
            return 0;
        }
        ObjectNode answer = answer(calendar, reader, expression, regime);
        Output.jsonLine(out, answer);
        out.flush();
        if (answer.has("error")) {
            err.println("biannian date: " + answer.get("error").asText());
            return Main.EXIT_INPUT;
        }
        return 0;
    }

    /** The JSON answer for one input line: a resolution, the days of a Western date, or an error object. */
    private ObjectNode answer(ChineseCalendar calendar, DateExpressionReader reader, String line, Regime regimeInForce) {
        String text = line;
        Regime regime = regimeInForce;
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            Optional<Regime> named = calendar.regime(line.substring(0, tab));
            if (named.isEmpty()) {
                return error(line, "unknown regime 「" + line.substring(0, tab).strip() + "」");
            }
            regime = named.get();
            text = line.substring(tab + 1);
        }
        Optional<WesternDate> western = WesternDate.read(text);
        if (western.isPresent()) {
            if (!western.get().inRange()) {
                return error(line, "not a date: " + text.strip());
            }
            int day = western.get().jdn(WesternDate.Calendar.valueOf(westernCalendar.name().toUpperCase(java.util.Locale.ROOT)));
            return DateJson.ofDay(day, calendar.chineseDays(day));
        }
        Optional<DateExpression> parsed = reader.read(text);
        if (parsed.isEmpty()) {
            return error(line, "not a date expression: 「" + text.strip() + "」");
        }
        return DateJson.of(calendar.resolve(parsed.get(), DateContext.of(regime)));
    }

    /** The object for a line that cannot be read: {@code error} and the line as given. */
    private static ObjectNode error(String input, String message) {
        ObjectNode node = Output.mapper().createObjectNode();
        node.put("error", message);
        node.put("input", input);
        return node;
    }
}
