package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's parallels in Debian's headless Chromium (issue 13): an entry shown beside the passages of its
 * sources, the date disagreement and the differences marked, each passage a link into its source document.
 * A screenshot goes to {@code target/screenshots/parallels.png}.
 */
class ParallelsBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/screenshots");

    private static ChromeDriver driver;
    private static WebFixture web;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
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
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String route) {
        driver.get(web.base() + "/#/" + route);
        String page = route.split("[/?]")[0];
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            WebElement view = d.findElement(By.id("view"));
            return page.equals(view.getAttribute("data-page")) && "true".equals(view.getAttribute("data-ready"));
        });
    }

    @Test
    void anEntryStandsBesideItsSourcesWithTheDisagreementMarkedAndLinksIntoThem() throws IOException {
        // Entry 8: the chronicle files 河西行營送保忠至闕下 under 六月, 宋史·太宗本紀 under 五月丙寅.
        String id = "xixiaji-994-998:8";
        open("entry/" + q(id));
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve("parallels.png"), StandardCopyOption.REPLACE_EXISTING);
        JsonNode api = web.get("/api/entries/" + q(id) + "/parallels").json();
        List<WebElement> shown = driver.findElements(By.cssSelector("#parallels section.parallel"));
        assertThat(shown).hasSize(api.get("parallels").size()).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#parallels .par-entry")).getText()).contains("河西行營送保忠至闕下");
        WebElement benji = shown.stream().filter(s -> "songshi-juan005-taizong2".equals(s.getAttribute("data-document")))
                .findFirst().orElseThrow();
        assertThat(benji.getAttribute("data-agreement")).isEqualTo("DIFFERENT");
        assertThat(benji.findElement(By.cssSelector(".par-text")).getText()).contains("河西行營送趙保忠至闕下");
        // Side by side on a desktop: the sources stand to the right of the entry.
        assertThat(benji.getLocation().getX()).isGreaterThan(driver.findElement(By.cssSelector("#parallels .par-entry")).getLocation().getX());
        // The passage links into its source document: the 本紀 statement that holds it.
        WebElement link = benji.findElement(By.cssSelector("a.par-link"));
        String target = link.getAttribute("href");
        assertThat(target).contains("#/entry/songshi-juan005-taizong2");
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("songshi-juan005-taizong2")
                && "true".equals(d.findElement(By.id("view")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.cssSelector("article.entry")).getText()).contains("河西行營送趙保忠至闕下");
    }

    @Test
    void differencesAreMarkedInThePassage() {
        // Entry 34: the chronicle's 米幕軍主 where 宋史 has 未幕軍主.
        String id = "xixiaji-994-998:34";
        JsonNode api = web.get("/api/entries/" + q(id) + "/parallels").json();
        open("entry/" + q(id));
        int differences = 0;
        for (JsonNode p : api.get("parallels")) {
            differences += p.get("differences").size();
        }
        if (differences > 0) {
            assertThat(driver.findElements(By.cssSelector("#parallels section.parallel mark.diff"))).isNotEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("#parallels section.parallel"))).hasSize(api.get("parallels").size());
    }
}
