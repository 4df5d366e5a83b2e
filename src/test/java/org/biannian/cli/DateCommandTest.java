package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code biannian args} with {@code stdin}; returns {exit status, stdout}. */
    private static Object[] run(String stdin, String... args) {
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
            return new Object[] {status, out.toString()};
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void oneExpressionGivesTheContractFields() throws Exception {
        Object[] result = run("", "date", "淳化五年正月癸酉");
        assertThat(result[0]).isEqualTo(0);
        JsonNode json = JSON.readTree((String) result[1]);
        assertThat(json.get("jdn").asInt()).isEqualTo(2084180);
        assertThat(json.get("julian").asText()).isEqualTo("0994-03-05");
        assertThat(json.get("gregorian").asText()).isEqualTo("0994-03-10");
        assertThat(json.get("ganzhi").asText()).isEqualTo("癸酉");
        assertThat(json.get("regime").asText()).isEqualTo("宋");
        assertThat(json.get("julianYear").asInt()).isEqualTo(994);
        assertThat(json.get("diagnostics")).isEmpty();
    }

    @Test
    void batchKeepsOrderAndGoesOnPastAnUnreadableLine() throws Exception {
        Object[] result = run("至道三年三月癸巳\n遼\t統和十二年正月\n春秋\n至道元年十月乙丑\n997-05-08\n", "date", "-");
        assertThat(result[0]).isEqualTo(0);
        List<String> lines = ((String) result[1]).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(JSON.readTree(lines.get(0)).get("jdn").asInt()).isEqualTo(2085340);
        JsonNode liao = JSON.readTree(lines.get(1));
        assertThat(liao.get("regime").asText()).isEqualTo("遼");
        assertThat(liao.get("firstJdn").asInt()).isEqualTo(2084160);
        assertThat(JSON.readTree(lines.get(2)).has("error")).isTrue();
        JsonNode anomaly = JSON.readTree(lines.get(3));
        assertThat(anomaly.get("diagnostics").get(0).get("code").asText()).isEqualTo("GANZHI_NOT_IN_MONTH");
        assertThat(anomaly.get("diagnostics").get(0).get("readings").get(0).get("jdn").asInt()).isEqualTo(2084772);
        JsonNode reverse = JSON.readTree(lines.get(4));
        assertThat(reverse.get("jdn").asInt()).isEqualTo(2085340);
        assertThat(reverse.get("chinese").findValuesAsText("label")).contains("宋至道三年三月二十九日", "遼統和十五年三月二十九日");
    }

    @Test
    void unreadableExpressionIsAnInputError() throws Exception {
        Object[] result = run("", "date", "春秋");
        assertThat(result[0]).isEqualTo(Main.EXIT_INPUT);
        assertThat(JSON.readTree((String) result[1]).has("error")).isTrue();
        assertThat(run("", "date", "至道三年", "--regime", "匈奴")[0]).isEqualTo(Main.EXIT_INPUT);
    }

    @Test
    void jdnAndGregorianDatesLookUpEveryRegime() throws Exception {
        JsonNode byJdn = JSON.readTree((String) run("", "date", "--jdn", "2084180")[1]);
        assertThat(byJdn.get("chinese").findValuesAsText("label")).contains("宋淳化五年正月二十日");
        JsonNode gregorian = JSON.readTree((String) run("", "date", "994-03-10", "--calendar", "gregorian")[1]);
        assertThat(gregorian.get("jdn").asInt()).isEqualTo(2084180);
    }

    @Test
    void everyDdbcMonth907To1279WithItsRegimeInFrontComesBackExactThroughTheBatch() throws Exception {
        StringBuilder in = new StringBuilder();
        List<Integer> expected = new java.util.ArrayList<>();
        for (java.util.Map<String, String> row : org.biannian.calendar.tools.Csv.read(
                org.biannian.calendar.tools.Csv.shared().resolve("reference/calendar/ddbc_months_907_1279.csv"))) {
            if (org.biannian.calendar.tools.GenerateCalendarTables.malformed(row) || !row.get("status").equals("S")
                    || row.get("era_name").startsWith("（")) {
                continue;
            }
            int year = Integer.parseInt(row.get("era_year"));
            in.append(row.get("dynasty")).append('\t').append(row.get("era_name"))
              .append(org.biannian.calendar.ChineseLabels.year(year))
              .append(row.get("month_name")).append('月').append(row.get("first_day_ganzhi")).append('\n');
            expected.add(Integer.parseInt(row.get("first_jdn")));
        }
        List<String> lines = ((String) run(in.toString(), "date", "-")[1]).lines().toList();
        assertThat(lines).hasSize(expected.size());
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = JSON.readTree(lines.get(i));
            int jdn = expected.get(i);
            boolean exact = answer.path("jdn").asInt() == jdn
                    || answer.path("alternatives").findValues("jdn").stream().anyMatch(j -> j.asInt() == jdn);
            if (!exact) {
                wrong.add(in.toString().lines().skip(i).findFirst().orElseThrow());
            }
        }
        assertThat(expected.size()).isGreaterThan(14_000);
        assertThat(wrong).as("misread of %d", expected.size()).isEmpty();
    }

    @Test
    void westernDatesAreValidatedNotRolledOver() throws Exception {
        // issue 16: 997-02-29 gave 0997-03-01; 1582-10-10 a JDN before that of 1582-10-04.
        for (String bad : List.of("997-02-29", "997-02-30", "997-04-31", "1582-10-05", "1582-10-10", "1582-10-14")) {
            Object[] result = run("", "date", bad);
            assertThat(result[0]).as(bad).isEqualTo(Main.EXIT_INPUT);
            assertThat(JSON.readTree((String) result[1]).get("error").asText()).as(bad).startsWith("not a date");
        }
        assertThat(run("", "date", "997-02-29", "--calendar", "gregorian")[0]).isEqualTo(Main.EXIT_INPUT);
        assertThat(JSON.readTree((String) run("", "date", "996-02-29")[1]).get("jdn").asInt())
                .isEqualTo(org.biannian.calendar.Jdn.fromJulian(996, 3, 1) - 1);
    }

    @Test
    void julianIsTheJulianCalendarAndCivilTheDateInUse() throws Exception {
        // After the reform the civil date is Gregorian; `julian` stays the Julian calendar's.
        JsonNode after = JSON.readTree((String) run("", "date", "1600-01-01")[1]);
        assertThat(after.get("civil").asText()).isEqualTo("1600-01-01");
        assertThat(after.get("gregorian").asText()).isEqualTo("1600-01-01");
        assertThat(after.get("julian").asText()).isEqualTo("1599-12-22");
        JsonNode kangxi = JSON.readTree((String) run("", "date", "康熙元年正月")[1]);
        assertThat(kangxi.get("civil").asText()).isEqualTo(kangxi.get("gregorian").asText());
        assertThat(kangxi.get("julian").asText()).isNotEqualTo(kangxi.get("civil").asText());
        JsonNode song = JSON.readTree((String) run("", "date", "淳化五年正月癸酉")[1]);
        assertThat(song.get("civil").asText()).isEqualTo("0994-03-05");
        assertThat(song.get("julian").asText()).isEqualTo("0994-03-05");
    }

    @Test
    void aDayBefore619IsNamedInEveryRegimeThenInForce() throws Exception {
        JsonNode qin = JSON.readTree((String) run("", "date", "--", "-220-11-18")[1]);
        assertThat(qin.get("julian").asText()).isEqualTo("-0220-11-18");
        assertThat(qin.get("yearLabel").asText()).isEqualTo("前221年");
        assertThat(qin.get("yearLabelEn").asText()).isEqualTo("221 BC");
        assertThat(qin.get("chinese").findValuesAsText("label")).containsExactly("秦始皇帝二十七年十月初一日");
        // 355: 東晉 and the kingdoms beside it.
        JsonNode jin = JSON.readTree((String) run("", "date", "355-02-01")[1]);
        assertThat(jin.get("chinese").findValuesAsText("regime")).contains("東晉", "前涼", "前燕", "前秦", "代");
        assertThat(jin.get("chinese").findValuesAsText("label")).contains("東晉永和十一年正月初三日");
    }

    @Test
    void batchLinesWithARegimeBefore619Resolve() throws Exception {
        List<String> lines = ((String) run("東漢\t建武二年三月癸未\n漢\t高帝五年\n秦始皇二十六年\n曹魏\t景初元年四月\n", "date", "-")[1]).lines().toList();
        JsonNode jianwu = JSON.readTree(lines.get(0));
        assertThat(jianwu.get("regime").asText()).isEqualTo("東漢");
        assertThat(jianwu.get("diagnostics")).isEmpty();
        assertThat(jianwu.get("julianYear").asInt()).isEqualTo(26);
        JsonNode gaodi = JSON.readTree(lines.get(1));
        assertThat(gaodi.get("regime").asText()).isEqualTo("西漢");
        assertThat(gaodi.get("julianYear").asInt()).isEqualTo(-201);
        assertThat(gaodi.get("yearLabel").asText()).isEqualTo("前202年");
        JsonNode unification = JSON.readTree(lines.get(2));
        assertThat(unification.get("julianYear").asInt()).isEqualTo(-220);
        assertThat(unification.get("yearLabel").asText()).isEqualTo("前221年");
        JsonNode jingchu = JSON.readTree(lines.get(3));
        assertThat(jingchu.get("julian").asText()).isEqualTo("0237-04-13");
    }
}
