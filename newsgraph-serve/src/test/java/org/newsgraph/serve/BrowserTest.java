package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run}
 * installs): search, open an article and see its highlights, open an entity page, export; and a hostile
 * article whose scripts, event handlers and {@code javascript:} links must stay text. Skips, saying why,
 * when the browser or its driver is not installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("NEWSGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @TempDir
    static Path tmp;
    static Store store;
    static Server server;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
        store = Store.open(Fixture.build(tmp), Store.Mode.READ_ONLY);
        server = Server.start(store, ServeOptions.loopback(0));
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The closed network makes a default Chromium hang on its background services: all of them off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(tmp.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static WebDriverWait waitUp() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void searchOpenArticleSeeHighlightsFollowEntityExport() throws Exception {
        driver.get(base + "#/");
        WebElement q = waitUp().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("Tillerson");
        driver.findElement(By.id("go")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        WebElement exportLink = driver.findElement(By.id("export-jsonl"));
        String exportHref = exportLink.getAttribute("href");
        assertTrue(exportHref.contains("/api/search/export?") && exportHref.contains("q=Tillerson"), exportHref);
        // The export link gives every match: one article here.
        HttpResponse<String> exported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exportHref)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, exported.statusCode());
        assertEquals(1, exported.body().lines().count());
        assertTrue(exported.body().contains("Russia faces mounting pressure"));
        // Facets: the entity facet lists Rex Tillerson.
        assertFalse(driver.findElements(By.cssSelector("input[data-facet='entity'][data-value='Rex Tillerson']")).isEmpty());

        // The offline map shades the countries the matches name (USA and RUS from the entities) and filters on click.
        WebElement usa = waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path[data-iso='USA']")));
        assertTrue(usa.getAttribute("class").matches("country c[1-4]"), usa.getAttribute("class"));
        assertEquals("country c0", driver.findElement(By.cssSelector("#map path[data-iso='BRA']")).getAttribute("class"));
        assertTrue(((Number) js("return document.querySelectorAll('#map path').length")).longValue() > 150, "the whole world outline");

        // The typed name is an entity: its page is one click away.
        WebElement match = waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity-matches a.entity-match")));
        assertEquals("Rex Tillerson (PERSON, 1)", match.getText());

        driver.findElement(By.cssSelector("#results a.title")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("title"), "Russia faces mounting pressure to abandon Syria’s Assad"));
        List<WebElement> marks = driver.findElements(By.cssSelector("#body a.ent[data-entity='Rex Tillerson']"));
        assertTrue(marks.size() >= 2, "Tillerson highlighted where named: " + marks.size());
        assertTrue(driver.findElements(By.id("no-annotations")).isEmpty());
        String hover = marks.get(0).getAttribute("title");
        assertTrue(hover.contains("PERSON") && hover.contains("USA") && hover.contains("Secretary of State"), hover);
        WebElement quote = driver.findElement(By.cssSelector("#body .quote"));
        assertTrue(quote.getAttribute("title").contains("speaker: Rex Tillerson"), quote.getAttribute("title"));
        assertFalse(driver.findElements(By.cssSelector("#body .ent.COUNTRY")).isEmpty(), "Russia highlighted as a country");
        assertFalse(driver.findElements(By.cssSelector("#body .date")).isEmpty(), "Monday highlighted as a date");
        // Events: their action words highlighted; the hover gives code and label, actors, modality, reporter.
        WebElement visit = driver.findElement(By.cssSelector("#body .event[data-event-code='042']"));
        assertEquals("travel", visit.getText());
        String visitHover = visit.getAttribute("title");
        assertTrue(visitHover.contains("042 Make a visit") && visitHover.contains("Rex Tillerson (USAGOV) → Russia (RUS)")
                && visitHover.contains("future") && visitHover.contains("PLOVER CONSULT/visit"), visitHover);
        assertTrue(visit.getAttribute("class").contains("mod-future"), visit.getAttribute("class"));
        List<WebElement> said = driver.findElements(By.cssSelector("#body .event[data-event-code='010']"));
        assertEquals(2, said.size(), "one event, two mentions");
        assertTrue(said.get(1).getAttribute("title").contains("reported · reported by officials"), said.get(1).getAttribute("title"));
        assertEquals(2, driver.findElements(By.cssSelector("#article-events li")).size());

        marks.get(0).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("entity-name"), "Rex Tillerson"));
        assertTrue(driver.findElement(By.id("entity-articles")).getText().contains("Russia faces mounting pressure"));
        assertEquals(1L, ((Number) js("return document.querySelectorAll('#timeline rect').length")).longValue());
        assertFalse(driver.findElements(By.cssSelector("#entity-quotes li")).isEmpty());
        List<WebElement> concordance = driver.findElements(By.cssSelector("#entity-mentions li mark"));
        assertTrue(concordance.size() >= 2, "each mention listed in its context");
        assertTrue(concordance.stream().allMatch(m -> m.getText().equals("Rex Tillerson") || m.getText().equals("Tillerson")),
                concordance.stream().map(WebElement::getText).toList().toString());

        List<WebElement> entityEvents = driver.findElements(By.cssSelector("#entity-events li"));
        assertEquals(2, entityEvents.size());
        assertTrue(entityEvents.stream().anyMatch(li -> li.getText().contains("042 Make a visit")), entityEvents.get(0).getText());

        // The event explorer: totals, a timeline per month, the offline map of actor countries, the list; filters.
        driver.get(base + "#/events");
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "3 events"));
        assertEquals(2L, ((Number) js("return document.querySelectorAll('#events-timeline rect').length")).longValue(), "2017-04 and 2019-05");
        assertEquals(3, driver.findElements(By.cssSelector("#events-table tr.event-row")).size());
        assertFalse(driver.findElements(By.cssSelector("a.export[href='/api/export/articles?format=parquet']")).isEmpty());
        WebElement rus = waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path[data-iso='RUS']")));
        assertTrue(rus.getAttribute("class").matches("country c[1-4]"), rus.getAttribute("class"));
        assertEquals("country c0", driver.findElement(By.cssSelector("#map path[data-iso='SYR']")).getAttribute("class"));
        assertTrue(driver.findElement(By.id("top-roots")).getText().contains("01 Make public statement"));
        new Select(driver.findElement(By.cssSelector("#event-filters select[name='modality']"))).selectByValue("future");
        driver.findElement(By.id("events-go")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "1 event"));
        assertTrue(driver.getCurrentUrl().contains("modality=future"), driver.getCurrentUrl());
        assertEquals("042", driver.findElement(By.cssSelector("#events-table tr.event-row")).getAttribute("data-code"));
        waitUp().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#map path[data-iso='USA']"))).click();
        waitUp().until(ExpectedConditions.urlContains("country=USA"));
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "1 event"));
        // The events' places are points on the map; a click opens the place's page.
        driver.get(base + "#/events");
        WebElement point = waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map circle.place-point")));
        assertEquals("Moscow, Moskva, Russia", point.getAttribute("data-place"));
        assertEquals(37.6156 + 180, Double.parseDouble(point.getAttribute("cx")), 1e-3, "x is longitude + 180");
        assertEquals(90 - 55.7522, Double.parseDouble(point.getAttribute("cy")), 1e-3, "y is 90 - latitude");
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", point);
        waitUp().until(ExpectedConditions.textToBe(By.id("place-name"), "Moscow, Moskva, Russia"));
        assertTrue(driver.findElement(By.id("place-meta")).getText().contains("ADM1 RS48"), driver.findElement(By.id("place-meta")).getText());
        assertTrue(driver.findElement(By.id("place-events")).getText().contains("042 Make a visit"));
        assertFalse(driver.findElements(By.cssSelector("#map #place-point")).isEmpty());
        driver.findElement(By.id("place-nearby")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "1 event"));
        driver.get(base + "#/events?event_root=19");
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "0 events"));
        assertFalse(driver.findElements(By.id("events-none")).isEmpty());
        assertNoXss();

        // Facets filter: the year 2017 keeps the example only.
        driver.get(base + "#/");
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "4 matches"));
        driver.findElement(By.cssSelector("input[data-facet='year'][data-value='2017']")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        assertTrue(driver.getCurrentUrl().contains("from=2017-01-01") && driver.getCurrentUrl().contains("to=2017-12-31"), driver.getCurrentUrl());

        // Clicking a shaded country adds it as a filter.
        driver.get(base + "#/?entity=Russia");
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "2 matches"));
        waitUp().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#map path[data-iso='USA']"))).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        assertTrue(driver.getCurrentUrl().contains("country=USA"), driver.getCurrentUrl());
    }

    @Test
    void hostileArticleStaysText() {
        driver.get(base + "#/?q=hostile");
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        WebElement title = driver.findElement(By.cssSelector("#results a.title"));
        assertEquals(Fixture.HOSTILE_TITLE, title.getText(), "the title's markup shows as written");
        title.click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        String body = driver.findElement(By.id("body")).getText();
        assertTrue(body.contains(Fixture.HOSTILE_SCRIPT), body);
        assertTrue(body.contains("<a href=\"javascript:window.__xss=3\">here</a>"), body);
        assertEquals(Fixture.HOSTILE_TITLE, driver.findElement(By.id("title")).getText());
        assertFalse(driver.findElements(By.cssSelector("#body .event[data-event-code='010']")).isEmpty(), "its event is highlighted");
        assertNoXss();
        // The explorer lists the hostile article's event with its title, as text.
        driver.get(base + "#/events?country=RUS&modality=asserted");
        waitUp().until(ExpectedConditions.textToBe(By.id("events-total"), "1 event"));
        assertTrue(driver.findElement(By.id("events-table")).getText().contains(Fixture.HOSTILE_TITLE));
        assertNoXss();

        driver.get(base + "#/?q=escaped");
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        driver.findElement(By.cssSelector("#results a.title")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertTrue(driver.findElement(By.id("body")).getText().contains("<script>window.__xss=6</script>"));
        assertFalse(driver.findElements(By.id("no-annotations")).isEmpty(), "an article without annotations says so");
        assertNoXss();

        driver.get(base + "#/?q=harbour");
        waitUp().until(ExpectedConditions.textToBe(By.id("total"), "1 match"));
        driver.findElement(By.cssSelector("#results a.title")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertTrue(driver.findElements(By.id("source-link")).isEmpty(), "a javascript: page URL is never a link");
        assertTrue(driver.findElements(By.id("no-annotations")).isEmpty(), "the hand annotator found a date (Monday) here");
        assertTrue(driver.findElement(By.cssSelector(".article .meta")).getText().contains("(javascript:window.__xss=8)"));
        assertNoXss();
    }

    private static void assertNoXss() {
        assertEquals("undefined", js("return typeof window.__xss"), "no injected script ran");
        assertEquals(1L, ((Number) js("return document.scripts.length")).longValue(), "only the UI's own script");
        assertEquals(0L, ((Number) js("return document.querySelectorAll('#main [onerror], #main [onmouseover], #main [onclick], #main img, #main script').length"))
                .longValue());
        assertEquals(0L, ((Number) js("return [...document.querySelectorAll('a[href]')].filter(a => a.href.toLowerCase().startsWith('javascript:')).length"))
                .longValue());
    }
}
