package org.mixedmovements.tracker.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.mixedmovements.tracker.base.Languages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, never a browser a tool downloads. Outside CI a machine
 * without Chromium skips the browser tests with a message; in CI (CI=true) their absence fails them. Each browser has
 * a profile of its own (its own cookies, so its own HTTP session). Public for the benchmark's real sessions
 * ({@code bench/ProductionSessionHeapBench}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: target/screenshots, or -Dtracker.screenshots=docs/screenshots to refresh the docs. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("tracker.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final String language;

    private Browser(ChromeDriver driver, String baseUrl, String language) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.language = language;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: install Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver) to run them");
    }

    public static Browser open(int port, int width, int height) throws IOException {
        return open(port, width, height, "en-US");
    }

    /** A browser whose user interface language (Accept-Language) is the given tag, e.g. "es-ES". */
    static Browser open(int port, int width, int height, String language) throws IOException {
        assumeAvailable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, "http://localhost:" + port + "/", language);
    }

    /** Opens the path and waits until the view has rendered and Vaadin has no request in flight; records the time. */
    public void go(String path) {
        long start = System.nanoTime();
        driver.get(baseUrl + path);
        waitForVaadin();
        ViewTimings.record(path, (System.nanoTime() - start) / 1_000_000);
    }

    public void login(String username, String password) {
        long start = signInWithPassword(username, password);
        typeSecondFactorIfAsked();
        // sign-in as felt: from Enter to the first view rendered with no request in flight
        ViewTimings.record("(sign-in)", (System.nanoTime() - start) / 1_000_000);
        useOwnLanguage();
    }

    /** The login form only: the page after it may be an administrator's second step. When Enter was pressed. */
    long signInWithPassword(String username, String password) {
        go("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        long start = System.nanoTime();
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        return start;
    }

    /** The demo administrator's second step (issue 17): the code of the published demo secret, at the tracker's time. */
    private void typeSecondFactorIfAsked() {
        if (driver.getCurrentUrl().contains("/" + org.mixedmovements.tracker.base.security.SecondFactorGate.ROUTE)) {
            enterSecondFactorCode(org.mixedmovements.tracker.account.Totp.code(
                    org.mixedmovements.tracker.account.Totp.DEMO_SECRET, org.mixedmovements.tracker.TestClock.now()));
            wait.until(d -> !d.getCurrentUrl().contains("/" + org.mixedmovements.tracker.base.security.SecondFactorGate.ROUTE));
            waitForVaadin();
        }
    }

    /** Types a code on the second-factor page and confirms it (Enter). */
    void enterSecondFactorCode(String code) {
        type("second-factor-code", code);
    }

    /**
     * Each user's language is remembered, so a journey in Spanish leaves its users in Spanish: after each sign-in the
     * browser picks its own language in the language switch, as a user would, when the page shows another.
     */
    private void useOwnLanguage() {
        String label = Languages.ownName(Languages.of(Locale.forLanguageTag(language)));
        if (!byId("language-switch").getText().contains(label)) {
            // a mark in the page's window survives only if the page is not loaded again
            driver.executeScript("window.trackerPageMark = true;");
            long start = System.nanoTime();
            selectItem("language-switch", label);
            wait.until(d -> byId("language-switch").getText().contains(label));
            waitForVaadin();
            ViewTimings.record("(language switch)", (System.nanoTime() - start) / 1_000_000);
            if (!Boolean.TRUE.equals(driver.executeScript("return window.trackerPageMark === true;"))) {
                throw new AssertionError("switching the language reloaded the whole page");
            }
        }
    }

    public void logout() {
        click("logout");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void click(String id) {
        scrollUntilPresent(id);
        try {
            WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", found);
            // a virtual list renders its rows anew as it scrolls, reusing their elements: once it settles, find the
            // element again where it now is, or the click may land on another row's button or on none
            sleep(200);
            waitForVaadin();
            press(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
        } catch (org.openqa.selenium.TimeoutException missing) {
            // what the person would have seen instead: target/screenshots/failed-<id>.png
            try {
                screenshot("failed-" + id);
            } catch (IOException | RuntimeException notTaken) {
                missing.addSuppressed(notTaken);
            }
            throw missing;
        }
    }

    /**
     * Opens a task from a list: clicks its button until the dialog's element {@code expectedId} shows. A virtual list
     * renders its rows anew as it scrolls; a click that lands on a row while it is being replaced reaches no server
     * component and does nothing, as it would for a person, who would click again.
     */
    void open(String id, String expectedId) {
        for (int attempt = 1; ; attempt++) {
            click(id);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id(expectedId)));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /**
     * Lists render only the rows in view (virtual lists, grids): scrolls them, as a user would, until the element with
     * that id exists.
     */
    private void scrollUntilPresent(String id) {
        for (int i = 0; i < 40 && driver.findElements(By.id(id)).isEmpty(); i++) {
            ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('vaadin-virtual-list, vaadin-grid')"
                    + ".forEach(l => l.scrollTop += Math.max(200, l.clientHeight - 40));"
                    + "window.scrollBy(0, 400);");
            sleep(150);
        }
    }

    /** Scrolls the element into the middle of the screen and clicks it; waits for a confirmation lying over it to go. */
    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException coveredByNotification) {
            wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
            element.click();
        }
        waitForVaadin();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void clickText(String cssSelector, String text) {
        press(wait.until(d -> d.findElements(By.cssSelector(cssSelector)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null)));
    }

    /** Types into the input of a Vaadin field (text field, combo box, date picker) and confirms with Enter. */
    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    /** Picks the item of a Vaadin combo box whose label contains the text. */
    void choose(String comboBoxId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + comboBoxId + " input")));
        input.sendKeys(text);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    /** Ticks the item of a Vaadin multi-select combo box whose label contains the text, then closes its list. */
    void tick(String comboBoxId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + comboBoxId + " input")));
        input.sendKeys(text);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        item.click();
        input.sendKeys(Keys.ESCAPE);
        waitForVaadin();
    }

    /** Picks the item of a Vaadin select whose label contains the text. */
    void selectItem(String selectId, String text) {
        click(selectId);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals(text)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    /** Gives the file to a Vaadin upload, as choosing it in the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement upload = byId(uploadId);
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** Clicks the last element that matches, e.g. the checkbox of the only row of a filtered grid. */
    void clickLast(String cssSelector) {
        press(wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(cssSelector));
            return found.size() < 2 ? null : found.get(found.size() - 1);
        }));
    }

    /** Waits until the browser shows a page whose path starts so (a link was followed). */
    void waitForPath(String prefix) {
        wait.until(d -> currentPath().startsWith(prefix));
        waitForVaadin();
    }

    /** The path of the page shown, without the host and the leading slash. */
    public String currentPath() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "").replaceAll("\\?.*", "");
    }

    String text(String id) {
        return byId(id).getText();
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    void waitUntilTextAppears(String text) {
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText")).contains(text));
    }

    /**
     * Waits until bpmn-js has drawn the diagram inside the viewer {@code viewerId} and returns the ids of the
     * elements it marks as running (the class {@code tracker-active} that tracker-bpmn-viewer.js sets).
     */
    @SuppressWarnings("unchecked")
    List<String> drawnDiagramActiveIds(String viewerId) {
        wait.until(d -> !d.findElements(By.cssSelector("#" + viewerId + " svg [data-element-id]")).isEmpty());
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#" + viewerId + " .tracker-active[data-element-id]')]"
                        + ".map(e => e.getAttribute('data-element-id'));");
    }

    /** Waits until Vaadin has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return document.readyState === 'complete';"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Whether every element the selector finds lies in the window without scrolling: above the fold. */
    boolean allInView(String cssSelector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const found = [...document.querySelectorAll(arguments[0])];"
                        + "return found.length > 0 && found.every(e => {"
                        + "const box = e.getBoundingClientRect();"
                        + "return box.top >= 0 && box.bottom <= window.innerHeight; });", cssSelector));
    }

    /** Whether the page is wider than the window, so a user would have to scroll sideways. */
    boolean horizontalOverflow() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
    }

    /**
     * Fetches the file of a download link with the browser's session, as a click downloads it (Exports): the HTTP
     * status, the media type, the Content-Disposition header and the file's first four bytes, separated by " | ".
     */
    String fetchDownload(String anchorId) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),
                        r.headers.get('content-disposition'),
                        String.fromCharCode(...new Uint8Array(b).slice(0, 4))].join(' | '))))
                    .catch(e => done('failed: ' + e));
                """, anchorId));
    }

    /** The browser's windows and tabs. */
    Set<String> windows() {
        return driver.getWindowHandles();
    }

    /** Waits for a window or tab that was not among these, and returns it. */
    String newWindow(Set<String> before) {
        return wait.until(d -> d.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElse(null));
    }

    /** The media type of the document a window shows (a PDF shown inline: application/pdf); back to the first after. */
    String contentTypeOf(String window) {
        String first = driver.getWindowHandle();
        driver.switchTo().window(window);
        try {
            wait.until(d -> !"about:blank".equals(d.getCurrentUrl()));
            return wait.until(d -> (String) ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' ? document.contentType : null;"));
        } finally {
            driver.switchTo().window(first);
        }
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
