package org.mixedmovements.tracker.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
import org.openqa.selenium.interactions.Actions;
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

    /** Scrolls lists, as a user would, until the element with that id exists (a row far down a virtual list). */
    WebElement scrollTo(String id) {
        scrollUntilPresent(id);
        return byId(id);
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
        // the viewer sets data-rendered once the diagram is drawn and its markers are placed, in that order
        wait.until(d -> !d.findElements(By.cssSelector("#" + viewerId + "[data-rendered='true'] svg [data-element-id]"))
                .isEmpty());
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#" + viewerId + " .tracker-active[data-element-id]')]"
                        + ".map(e => e.getAttribute('data-element-id'));");
    }

    /** The ids the server gave the viewer {@code viewerId} as running, as the page holds them (for a failure's text). */
    String diagramGivenActiveIds(String viewerId) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const v = document.getElementById(arguments[0]);"
                        + "return v ? JSON.stringify({active: v.active, rendered: v.dataset.rendered}) : 'no viewer';",
                viewerId));
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

    /**
     * Opens the path inside the running application, as a click on one of its links does (one round trip, no page
     * load), and waits until the view has rendered.
     */
    void navigate(String path) {
        long start = System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("const a = document.createElement('a');"
                + "a.href = arguments[0]; a.setAttribute('router-link', ''); document.body.appendChild(a);"
                + "a.click(); a.remove();", path);
        wait.until(d -> currentPath().equals(path.replaceAll("\\?.*", "")));
        waitForVaadin();
        ViewTimings.record(path.replaceAll("\\?.*", "") + " (in app)", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Presses Tab, as a keyboard-only user does, until the element with that id (or an element inside it) has the
     * focus; fails after {@code most} presses. Returns whether the focused element then shows where the focus is (a
     * Vaadin focus ring, an outline or a shadow): focus must be visible.
     */
    boolean tabTo(String id, int most) {
        for (int i = 0; i < most; i++) {
            if (focusIsIn(id)) {
                return focusVisible();
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
            sleep(50);
        }
        throw new AssertionError("the keyboard's focus did not reach #" + id + " in " + most + " presses of Tab; it is on "
                + ((JavascriptExecutor) driver).executeScript("return document.activeElement.outerHTML.slice(0, 200);"));
    }

    private boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; return !!a && !!a.closest('#' + CSS.escape(arguments[0]));", id));
    }

    /** Whether the focused element (or the Vaadin field around it) shows a focus ring, an outline or a shadow. */
    boolean focusVisible() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                const shows = el => {
                    if (!el || !el.getAttribute) return false;
                    const s = getComputedStyle(el);
                    return el.hasAttribute('focus-ring') || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                        || s.boxShadow !== 'none';
                };
                for (let el = e; el; el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
                    if (shows(el)) return true;
                    if (el === document.body) break;
                }
                return false;
                """));
    }

    /** Types into whatever has the keyboard's focus, as a person at a keyboard does; then waits for the server. */
    void typeHere(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /**
     * The visible, enabled actions of the page (buttons, links, fields, tabs) that a user cannot reach: once scrolled to, the
     * point at their middle belongs to something else or lies off the screen (cut off by a box that does not scroll).
     * Each as its tag, id and text.
     */
    @SuppressWarnings("unchecked")
    List<String> unreachableActions() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const actions = [...document.querySelectorAll('vaadin-button, a[href], vaadin-text-field, vaadin-text-area,'
                    + ' vaadin-select, vaadin-combo-box, vaadin-date-picker, vaadin-checkbox, vaadin-tab,'
                    + ' vaadin-integer-field, vaadin-drawer-toggle, vaadin-upload, vaadin-details-summary')]
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().width > 0)
                    // a disabled button is no action; a timeline bar's link is also its milestone's name, checked
                    .filter(e => !e.hasAttribute('disabled') && !e.closest('svg'))
                    // a grid scrolls sideways on its own (and by arrow keys); this check does not scroll inside it
                    .filter(e => !e.closest('vaadin-grid'))
                    .filter(e => !e.closest('vaadin-app-layout [slot=drawer]') || matchMedia('(min-width: 801px)').matches);
                const lost = [];
                for (const e of actions) {
                    e.scrollIntoView({block: 'center', inline: 'center'});
                    // a link's text may wrap: its first line's box, not the box around all its lines
                    const box = e.getClientRects()[0] || e.getBoundingClientRect();
                    const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 10), 0), innerWidth - 1);
                    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
                    const inView = box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
                    let hit = document.elementFromPoint(x, y);
                    while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit) {
                        hit = hit.shadowRoot.elementFromPoint(x, y);
                    }
                    let mine = false;
                    for (let h = hit; h; h = h.parentElement || (h.getRootNode() && h.getRootNode().host)) {
                        if (h === e) { mine = true; break; }
                    }
                    if (!inView || !mine) {
                        lost.push(e.localName + '#' + (e.id || '') + ' ' + (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40));
                    }
                }
                window.scrollTo(0, 0);
                return lost;
                """);
    }

    /** Sizes the window so that the page itself (without the browser's own bars) is that many CSS pixels. */
    void viewport(int width, int height) {
        Dimension outer = driver.manage().window().getSize();
        List<?> inner = (List<?>) ((JavascriptExecutor) driver).executeScript("return [innerWidth, innerHeight];");
        int extraWidth = outer.getWidth() - ((Number) inner.get(0)).intValue();
        int extraHeight = outer.getHeight() - ((Number) inner.get(1)).intValue();
        driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
    }

    /** The id of the first element the selector finds, or null when there is none. */
    String firstId(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(e -> e.getAttribute("id")).findFirst()
                .orElse(null);
    }

    /** Closes the open dialog with Escape, as a keyboard user does, and waits until it is gone. */
    void closeDialogWithEscape() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
        waitForVaadin();
    }

    /** The language the page says it is in: its html element's lang attribute. */
    String pageLanguage() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;"));
    }

    /** The paths of the menu's entries, as the signed-in role sees them. */
    @SuppressWarnings("unchecked")
    List<String> menuPaths() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-side-nav-item')].map(e => e.getAttribute('path'));");
    }

    /** Follows the first link on the page whose address starts with the prefix; false when the page has none. */
    boolean followFirstLink(String hrefPrefix) {
        String href = (String) ((JavascriptExecutor) driver).executeScript(
                "const a = [...document.querySelectorAll('a[href]')].find(e => e.getAttribute('href').startsWith(arguments[0]));"
                        + "return a ? a.getAttribute('href') : null;", hrefPrefix);
        if (href == null) {
            return false;
        }
        navigate(href);
        return true;
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

    /** The WCAG 2.1 A and AA rules of axe-core, as the tags it gives them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Only the WCAG 2.1 AA rules, and of the results only the violations in full (the rest would cost seconds). */
    private static final AxeRunOptions AXE_OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AXE_OPTIONS.setRunOnly(only);
        AXE_OPTIONS.setResultTypes(List.of("violations"));
    }

    /** The impacts that fail a page; minor and moderate findings are left to review. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /**
     * Rule and element pairs that lie inside Vaadin's own components, out of our reach: the rule's id and a pattern of
     * the element's selector, with the reason (also in docs/accessibility.md). Keep this list tiny: anything our code
     * can fix is fixed, not listed.
     */
    private static final List<KnownIssue> KNOWN_VAADIN_ISSUES = List.of(
            // a required vaadin-select puts aria-required on its value button, whose role (button) does not take it;
            // the label still shows the required mark and the field its error message
            new KnownIssue("aria-allowed-attr", Pattern.compile(".*vaadin-select-value-button\\[aria-[a-z]+=.*")));

    private record KnownIssue(String rule, Pattern target) {

        boolean matches(String ruleId, String selector) {
            return rule.equals(ruleId) && target.matcher(selector).matches();
        }
    }

    private static final AtomicInteger PAGES_CHECKED = new AtomicInteger();

    /**
     * Runs Deque's axe-core (its axe.min.js from the Maven artifact, injected into the page) against WCAG 2.1 A and
     * AA on the page as shown now and fails on any violation with impact serious or critical, listing for each its
     * rule, the element and the rule's help text.
     */
    public void assertNoSeriousAxeViolations(String pageName) {
        List<String> found = seriousAxeViolations(pageName);
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical violations of WCAG 2.1 AA:\n"
                    + String.join("\n", found));
        }
    }

    /** Serious and critical axe-core violations on the page as shown now, one line each: page, rule, element, help. */
    List<String> seriousAxeViolations(String pageName) {
        waitForVaadin();
        long start = System.nanoTime();
        Results results = new AxeBuilder().withOptions(AXE_OPTIONS).disableIframeTesting().analyze(driver);
        ViewTimings.record("(axe-core)", (System.nanoTime() - start) / 1_000_000);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + pageName + ": " + results.getErrorMessage());
        }
        PAGES_CHECKED.incrementAndGet();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (KNOWN_VAADIN_ISSUES.stream().anyMatch(known -> known.matches(rule.getId(), target))) {
                    continue;
                }
                found.add(pageName + " [" + language + ", " + driver.manage().window().getSize().getWidth() + " px]: "
                        + rule.getId() + " (" + rule.getImpact() + ") at " + target + ": " + rule.getHelp()
                        + " | " + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return found;
    }

    /** How many pages axe-core has checked in this JVM (for the journeys' closing line and docs/accessibility.md). */
    static int axePagesChecked() {
        return PAGES_CHECKED.get();
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
