package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Assumptions;

/**
 * The reader in Debian's headless Chromium: every page opened and checked against the API, the
 * clicks a historian makes (entry → person → entry → place → source and back), search in
 * simplified characters, the timeline moved, the map filtered by year, and hostile text shown as
 * text. A screenshot of each page goes to {@code target/screenshots/}.
 */
class ReaderBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/screenshots");

    private static ChromeDriver driver;
    private static WebFixture web;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        String missing = "ReaderBrowserTest needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
        // In CI the browser tests must run: a missing browser fails there, and is said aloud elsewhere.
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing + "; CI=true, so this fails rather than skips");
        }
        if (!present) {
            System.err.println("SKIPPED: " + missing);
        }
        Assumptions.assumeTrue(present, missing);
        web = WebFixture.get();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,800", "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    // ---- helpers

    private static void open(String route) {
        driver.get(web.base() + "/#/" + route);
        awaitPage(route.split("[/?]")[0]);
    }

    /** Waits until the router has rendered {@code page}. */
    private static void awaitPage(String page) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement view = d.findElement(By.id("view"));
            return page.equals(view.getAttribute("data-page")) && "true".equals(view.getAttribute("data-ready"));
        });
    }

    private static void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private static WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void assertNoErrorShown() {
        assertThat(all("#view .error")).as("an error shown on " + driver.getCurrentUrl()).isEmpty();
    }

    // ---- pages

    @Test
    void chronicleShowsDatesHeadlinesAndColouredMentions() throws IOException {
        open("entries");
        shot("chronicle");
        assertThat(one("#documents").getText()).doesNotContainPattern("\\b1 entries");
        assertNoErrorShown();
        JsonNode page = web.get("/api/entries?limit=20").json();
        List<WebElement> cards = all("article.entry");
        assertThat(cards).hasSize(page.get("entries").size());
        for (int i = 0; i < cards.size(); i++) {
            JsonNode e = page.get("entries").get(i);
            WebElement card = cards.get(i);
            assertThat(card.getAttribute("data-id")).isEqualTo(e.get("id").asText());
            assertThat(card.findElement(By.cssSelector(".zh")).getText()).isEqualTo(e.get("display").get("label").asText());
            assertThat(card.findElement(By.cssSelector(".headline")).getText()).isEqualTo(e.get("headline").asText());
            if (e.get("date").hasNonNull("julian")) {
                assertThat(card.findElement(By.cssSelector(".west")).getText()).contains("(Julian)");
            }
        }
        WebElement person = one("article.entry a.m.PER");
        assertThat(person.getAttribute("title")).contains(person.getAttribute("data-id"));
        assertThat(person.getCssValue("color")).isNotEqualTo(one("article.entry .headline").getCssValue("color"));
        // Jump to a year: only entries dated from 至道二年 on are listed.
        new Select(one("#year-jump")).selectByValue("至道二年");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("from="));
        awaitPage("entries");
        int[] year = WebFixture.BIANNIAN.dateRange("至道二年", null);
        for (WebElement card : all("article.entry")) {
            JsonNode e = web.get("/api/entries/" + q(card.getAttribute("data-id"))).json();
            assertThat(e.get("date").get("lastJdn").asInt()).isGreaterThanOrEqualTo(year[0]);
        }
    }

    @Test
    void diagnosticsAreMarkedWhereTheyOccur() throws IOException {
        JsonNode withProblem = null;
        for (int offset = 0; withProblem == null; offset += 500) {
            JsonNode page = web.get("/api/entries?limit=500&offset=" + offset).json();
            for (JsonNode e : page.get("entries")) {
                if (withProblem == null && (e.get("diagnostics").size() > 0 || e.get("date").path("diagnostics").size() > 0)) {
                    withProblem = e;
                }
            }
            if (offset + 500 >= page.get("total").asInt()) {
                break;
            }
        }
        assertThat(withProblem).as("the corpus has an entry with a diagnostic").isNotNull();
        open("entry/" + q(withProblem.get("id").asText()));
        shot("entry-with-diagnostic");
        assertThat(all(".badge.warn")).isNotEmpty();
        assertThat(all(".diaglist li")).isNotEmpty();
        // The readings the calendar offers instead are shown beside the problem, not only its code.
        for (JsonNode d : withProblem.get("date").path("diagnostics")) {
            if (d.path("readings").size() > 0) {
                assertThat(one(".diaglist").getText()).contains(d.get("readings").get(0).get("label").asText());
            }
        }
        if (withProblem.get("diagnostics").size() > 0) {
            assertThat(all(".diag")).as("the diagnostic is marked in the text").isNotEmpty();
        }
        // The apparatus's findings (a misprinted title…) are marked in the citation block where they stand.
        JsonNode withSourceProblem = null;
        for (JsonNode e : web.get("/api/entries?limit=500&work=" + q("宋史")).json().get("entries")) {
            if (withSourceProblem == null && e.get("display").get("sourceDiagnostics").size() > 0) {
                withSourceProblem = e;
            }
        }
        assertThat(withSourceProblem).isNotNull();
        open("entry/" + q(withSourceProblem.get("id").asText()));
        shot("entry-with-source-diagnostic");
        StringBuilder marked = new StringBuilder();
        all(".blocks .diag").forEach(d -> marked.append(d.getAttribute("data-code")).append(' '));
        for (JsonNode d : withSourceProblem.get("display").get("sourceDiagnostics")) {
            assertThat(marked.toString()).contains(d.get("code").asText());
            assertThat(one(".diaglist").getText()).contains(d.get("code").asText());
        }
    }

    @Test
    void clickFromEntryToPersonToPlaceToSourceAndBack() throws IOException {
        open("entry/" + q("xixiaji-994-998:1"));
        shot("entry");
        WebElement person = one("article.entry a.m.PER");
        String personId = person.getAttribute("data-id");
        person.click();
        awaitPage("person");
        shot("person");
        JsonNode p = web.get("/api/persons/" + q(personId)).json();
        assertThat(one("#entity-name").getText()).contains(p.get("canonical").asText()).contains(personId);
        assertThat(all("#entity-entries tr")).hasSize(p.get("entries").size());
        assertThat(all("svg.strip rect")).isNotEmpty();
        assertThat(all("#names tr")).hasSizeGreaterThan(1);

        // From the person to one of his entries that names a place, then to that place.
        String withPlace = null;
        for (JsonNode e : p.get("entries")) {
            JsonNode full = web.get("/api/entries/" + q(e.get("id").asText())).json();
            if (withPlace == null && full.get("citations").size() > 0 && full.get("mentions").findValuesAsText("type").contains("PLACE")
                    && EntriesApiTest.ids(full.get("mentions")).stream().anyMatch(i -> i.startsWith("place:"))) {
                withPlace = e.get("id").asText();
            }
        }
        assertThat(withPlace).isNotNull();
        one("#entity-entries tr[data-id='" + withPlace + "'] a").click();
        awaitPage("entry");
        String entryUrl = driver.getCurrentUrl();
        WebElement place = one("article.entry a.m.PLACE[data-id^='place:']");
        String placeId = place.getAttribute("data-id");
        place.click();
        awaitPage("place");
        shot("place");
        JsonNode pl = web.get("/api/places/" + q(placeId)).json();
        assertThat(one("#entity-name").getText()).contains(pl.get("canonical").asText());
        if (pl.get("record").has("coordinates")) {
            assertThat(driver.findElement(By.id("view")).getText()).contains("°N");
        }
        driver.navigate().back();
        awaitPage("entry");
        assertThat(driver.getCurrentUrl()).isEqualTo(entryUrl);

        // From the entry to a source it cites.
        WebElement cite = one("article.entry a.cite");
        cite.click();
        awaitPage("work");
        shot("work");
        String work = one("#work-name").getText().replaceAll("[《》]", "");
        JsonNode w = web.get("/api/works/" + q(work)).json();
        assertThat(all("#work-entries tr")).hasSize(w.get("entries").size());
        assertThat(driver.findElement(By.id("work-entries")).getText()).isNotBlank();
        driver.navigate().back();
        awaitPage("entry");
        assertThat(driver.getCurrentUrl()).isEqualTo(entryUrl);
        assertNoErrorShown();
    }

    @Test
    void searchInSimplifiedFindsTraditional() throws IOException {
        open("search");
        WebElement box = one("#search-box");
        box.sendKeys("继迁", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#hits li")).isEmpty());
        shot("search");
        JsonNode api = web.get("/api/search?limit=20&q=" + q("继迁")).json();
        assertThat(all("#hits > li")).hasSize(api.get("results").size());
        List<WebElement> marks = all("#hits mark");
        assertThat(marks).isNotEmpty();
        marks.forEach(m -> assertThat(m.getText()).isEqualTo("繼遷"));
        assertThat(one("[data-total]").getAttribute("data-total")).isEqualTo(api.get("total").asText());
    }

    @Test
    void timelineZoomsMovesAndOpensEntries() throws IOException {
        open("timeline");
        shot("timeline");
        // The axis names Chinese years as well as Western ones; the default colours tell entries apart.
        assertThat(all("#timeline text.tick-zh")).isNotEmpty();
        assertThat(all("#tl-legend span")).hasSizeGreaterThan(1);
        WebElement range = one("#tl-range");
        long start = Long.parseLong(range.getAttribute("data-start"));
        long end = Long.parseLong(range.getAttribute("data-end"));
        int drawn = all("a.tl-item").size();
        assertThat(drawn).isEqualTo(web.get("/api/timeline").json().get("total").asInt());
        one("#tl-zoom-in").click();
        one("#tl-zoom-in").click();
        long zStart = Long.parseLong(range.getAttribute("data-start"));
        long zEnd = Long.parseLong(range.getAttribute("data-end"));
        assertThat(zEnd - zStart).isBetween((end - start) / 4 - 2, (end - start) / 4 + 2);
        assertThat(all("a.tl-item").size()).isLessThan(drawn);
        one("#tl-right").click();
        assertThat(Long.parseLong(range.getAttribute("data-start"))).isGreaterThan(zStart);
        assertThat(range.getText()).contains("(Julian)");
        shot("timeline-zoomed");
        assertThat(driver.getCurrentUrl()).contains("start=");
        // Several chronicles: coloured by chronicle by default, one legend key per document with dated entries.
        assertThat(one("#tl-legend").getText()).contains("xixiaji-994-998").contains("songshi-juan005-taizong2");
        // Coloured by calendar on asking, then by chronicle again.
        one("#tl-colour a[href*='colour=regime']").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("colour=regime"));
        awaitPage("timeline");
        assertThat(one("#tl-legend").getText()).contains("calendar");
        one("#tl-colour a[href*='colour=document']").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("colour=document"));
        awaitPage("timeline");
        assertThat(one("#tl-legend").getText()).contains("xixiaji-994-998").contains("songshi-juan005-taizong2");
        one("#tl-zoom-in").click();
        WebElement item = all("a.tl-item").get(0);
        String id = item.getAttribute("data-id");
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", item);
        awaitPage("entry");
        assertThat(one("article.entry").getAttribute("data-id")).isEqualTo(id);
    }

    /**
     * Draws {@code sample} on a canvas in the font the element {@code css} is shown in, beside two
     * code points no font has (U+0378, U+0379: their boxes), and each character alone. Returns the
     * images as data URLs; a character shown as a box draws the same image as any other box.
     */
    private static java.util.Map<String, Object> glyphs(String css, String sample) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> r = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const [css, sample, done] = arguments;
                (async () => {
                  const node = document.querySelector(css);
                  const cs = getComputedStyle(node);
                  const font = '32px ' + cs.fontFamily;
                  if (document.fonts) { await document.fonts.load(font, sample); await document.fonts.ready; }
                  const draw = (t, f) => { const c = document.createElement('canvas'); c.width = 120; c.height = 48;
                    const g = c.getContext('2d'); g.font = f || font; g.fillStyle = '#000'; g.fillText(t, 2, 36); return c.toDataURL(); };
                  const chars = [...sample];
                  done({ font, text: draw(sample), boxes: draw(String.fromCodePoint(0x378, 0x379)),
                         first: draw(chars[0]), second: draw(chars[1]),
                         systemFirst: draw(chars[0], '32px serif'), systemSecond: draw(chars[1], '32px serif') });
                })();
                """, css, sample);
        return r;
    }

    /** Every page shows Chinese as characters, not boxes, even on a machine without CJK fonts. */
    @Test
    void chineseRendersAsCharactersOnEveryPage() throws IOException {
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("entries", "article.entry .headline");
        pages.put("entry/" + q("xixiaji-994-998:1"), "article.entry .headline");
        pages.put("search?q=" + q("繼遷"), "#hits .snippet");
        pages.put("timeline", "h1");
        pages.put("map", "#map .place-label");
        pages.put("people", "#people-table td a");
        pages.put("person/" + q("per:li-jiqian"), "#entity-name");
        pages.put("sources", ".works-table td a");
        boolean reported = false;
        for (var page : pages.entrySet()) {
            open(page.getKey());
            java.util.Map<String, Object> g = glyphs(page.getValue(), "繼遷");
            if (!reported) {
                // Whether this machine could show Chinese without the reader's font (it says what the test proves).
                System.err.println("ReaderBrowserTest: the machine's own serif font "
                        + (g.get("systemFirst").equals(g.get("systemSecond")) ? "has no" : "has") + " CJK glyphs");
                reported = true;
            }
            assertThat(g.get("text")).as("繼遷 drawn in %s on %s is not two boxes", g.get("font"), page.getKey())
                    .isNotEqualTo(g.get("boxes"));
            assertThat(g.get("first")).as("繼 and 遷 look different on %s (boxes look alike)", page.getKey())
                    .isNotEqualTo(g.get("second"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("return document.fonts.status === 'loaded'")));
            shot("glyphs-" + page.getKey().split("[/?]")[0]);
        }
    }

    @Test
    void mapFilteredByYearShowsThatYearsPlaces() throws IOException {
        open("map");
        JsonNode everything = web.get("/api/places.geojson").json();
        assertThat(one("#map-title").getText()).contains("all years");
        assertThat(one("#map-places").getText()).doesNotContain("undefined").doesNotContain("null");
        assertThat(one("#map-count").getAttribute("data-unlocated")).isEqualTo(everything.get("unlocated").asText());
        assertThat(all("#map-size-legend circle")).hasSizeGreaterThanOrEqualTo(2);
        if (everything.get("unlocated").asInt() > 0) {
            assertThat(all("#map-unlocated li")).hasSize(everything.get("unlocated").asInt());
            assertThat(one("#map-why-unlocated").getText()).contains("authority");
        }
        // No two place labels overlap on the map as drawn.
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#map a.place .place-label')].map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });");
        assertThat(boxes).isNotEmpty();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Number> a = boxes.get(i), b = boxes.get(j);
                boolean overlap = a.get(0).doubleValue() < b.get(2).doubleValue() - 0.5 && b.get(0).doubleValue() < a.get(2).doubleValue() - 0.5
                        && a.get(1).doubleValue() < b.get(3).doubleValue() - 0.5 && b.get(1).doubleValue() < a.get(3).doubleValue() - 0.5;
                assertThat(overlap).as("labels %d and %d overlap: %s %s", i, j, a, b).isFalse();
            }
        }
        int all = all("#map a.place").size();
        assertThat(all).isEqualTo(web.get("/api/places.geojson").json().get("features").size());
        assertThat(all("#map .land path")).isNotEmpty();
        assertThat(all("#map .river path")).isNotEmpty();
        new Select(one("#map-year")).selectByValue("至道二年");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("year="));
        awaitPage("map");
        shot("map-zhidao-2");
        JsonNode year = web.get("/api/places.geojson?from=" + q("至道二年") + "&to=" + q("至道二年")).json();
        List<WebElement> dots = all("#map a.place");
        assertThat(dots).hasSize(year.get("features").size()).hasSizeLessThan(all);
        assertThat(one("h1").getText()).contains("至道二年");
        assertThat(new Select(one("#map-year")).getFirstSelectedOption().getAttribute("value")).isEqualTo("至道二年");
        // The count of places without coordinates is that year's, as the API gives it.
        assertThat(one("#map-count").getAttribute("data-unlocated")).isEqualTo(year.get("unlocated").asText());
        String placeId = dots.get(0).getAttribute("data-id");
        one("#map-places a").click();
        awaitPage("place");
        assertThat(driver.getCurrentUrl()).contains(q(placeId).replace("%3A", ":").split(":")[0]);
    }

    @Test
    void peopleNetworkAndSourcesPages() throws IOException {
        open("people");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
        shot("people");
        JsonNode net = web.get("/api/network?limit=60&minWeight=1").json();
        assertThat(all("#people-table tbody tr")).hasSize(net.get("nodes").size());
        // Every node lies inside the chart, below the legend: none is cut off at the top or bottom.
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> layout = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const c = echarts.getInstanceByDom(document.getElementById('network'));
                const series = c.getModel().getSeriesByIndex(0);
                const data = series.getData();
                const out = [];
                for (let i = 0; i < data.count(); i++) {
                  const p = series.coordinateSystem.dataToPoint(data.getItemLayout(i));
                  out.push([p[0], p[1], data.getItemVisual(i, 'symbolSize')]);
                }
                return { width: c.getWidth(), height: c.getHeight(), nodes: out };
                """);
        double width = ((Number) layout.get("width")).doubleValue(), height = ((Number) layout.get("height")).doubleValue();
        @SuppressWarnings("unchecked")
        List<List<Number>> nodes = (List<List<Number>>) layout.get("nodes");
        assertThat(nodes).hasSize(net.get("nodes").size());
        for (List<Number> n : nodes) {
            double x = n.get(0).doubleValue(), y = n.get(1).doubleValue(), r = n.get(2).doubleValue() / 2;
            assertThat(x - r).isGreaterThanOrEqualTo(0);
            assertThat(x + r).isLessThanOrEqualTo(width);
            assertThat(y - r).as("below the legend").isGreaterThanOrEqualTo(40);
            assertThat(y + r).isLessThanOrEqualTo(height);
        }
        assertThat(one("#people-table tbody tr").getText()).contains(net.get("nodes").get(0).get("name").asText());

        open("sources");
        shot("sources");
        JsonNode works = web.get("/api/works").json();
        int rows = 0;
        for (JsonNode d : works.get("documents")) {
            // One document's source index at a time (issue 16).
            JsonNode one = web.get("/api/works?document=" + q(d.get("document").asText())).json().get("documents").get(0);
            rows += one.get("sources").get("byWork").size();
        }
        assertThat(all(".works-table tbody tr")).hasSize(rows);
        assertThat(all(".oppositions > li")).isNotEmpty();
        assertThat(driver.findElement(By.id("view")).getText()).contains("從");
        assertNoErrorShown();
    }

    @Test
    void hostileTextIsShownAsText() throws IOException {
        open("entry/" + q(WebFixture.XSS_KEY + ":1"));
        shot("xss");
        assertNoAlert();
        String shown = driver.findElement(By.id("view")).getText();
        assertThat(shown).contains(WebFixture.SCRIPT);
        assertThat(shown).contains("<img src=x onerror=alert(1)>");
        assertThat(all("#view script")).isEmpty();
        assertThat(all("#view img")).isEmpty();
        open("search?q=" + q("script"));
        assertNoAlert();
        open("entries");
        assertNoAlert();
        // The API hands the text back unchanged: nothing is escaped away.
        JsonNode entry = web.get("/api/entries/" + q(WebFixture.XSS_KEY + ":1")).json();
        assertThat(entry.get("headline").asText() + entry.path("narrative").asText()).contains(WebFixture.SCRIPT);
    }

    @Test
    void readableOnANarrowScreen() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("entries", "map", "timeline", "person/" + q("per:li-jiqian"))) {
            open(page);
            shot("narrow-" + page.split("/")[0]);
            Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow on " + page).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void keyboardReachesTheNavigationAndMentions() {
        driver.get("about:blank");
        open("entries");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("skip");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("brand");
        for (WebElement a : all("article.entry a.m")) {
            assertThat(a.getTagName()).isEqualTo("a");
            assertThat(a.getAttribute("href")).contains("#/");
        }
    }
}
