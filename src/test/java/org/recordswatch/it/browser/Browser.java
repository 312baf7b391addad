package org.recordswatch.it.browser;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Debian's chromedriver (no driver download: Selenium Manager is bypassed by giving
 * the driver's path). Small helpers for what the tests do over and over: open a page, log in, wait for text.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public Browser(URL baseUrl) {
        String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("it.chromium", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromedriver)) || !Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); missing " + chromedriver + " or " + chromium);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        if (Boolean.parseBoolean(System.getProperty("it.browser.headless", "true"))) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for a condition; on timeout saves the page and a screenshot under target/it-browser for diagnosis. */
    public <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            saveEvidence();
            throw e;
        }
    }

    private void saveEvidence() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-browser"));
            String name = "failure-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception ignored) {
            // best effort: the original failure matters more
        }
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    /**
     * Types into a field once any Ajax update is over and the field is visible, and checks the value stuck: a field
     * replaced by a late Ajax update (a dialog's form re-rendered as it opens) would otherwise lose what was typed.
     */
    public void type(String id, String text) {
        waitForAjax();
        until(d -> {
            try {
                WebElement e = d.findElement(By.id(id));
                if (!e.isDisplayed() || !e.isEnabled()) {
                    return false;
                }
                if (lettersAndDigits(text).equals(lettersAndDigits(e.getDomProperty("value")))) {
                    return true; // already there (a number field with a minimum refuses digits one by one)
                }
                e.clear();
                e.sendKeys(text);
                return lettersAndDigits(text).equals(lettersAndDigits(e.getDomProperty("value")));
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException notYet) {
                return false;
            }
        });
    }

    /** The letters and digits of a value: a number field may show "2,026" for "2026". */
    private static String lettersAndDigits(String value) {
        return value == null ? "" : value.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Clicks once earlier Ajax requests are over and the element is clickable. It does not wait for the request the
     * click starts: a growl it shows may be gone by then; the next {@link #type} or {@link #waitForAjax} waits.
     */
    public void click(String id) {
        waitForAjax();
        until(d -> {
            try {
                ExpectedConditions.elementToBeClickable(By.id(id)).apply(d).click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException | NullPointerException notYet) {
                return false;
            }
        });
    }

    /**
     * Waits for a confirmation the page received (a growl or message), visible or not: a growl fades after a few
     * seconds and is redrawn empty by the next Ajax request, which on a busy machine may come before the first look.
     */
    public void waitForMessage(String text) {
        until(d -> d.getPageSource().contains(text));
    }

    public void waitForText(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitForPath(String pathPrefix) {
        until(d -> path().startsWith(pathPrefix));
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void login(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:submit");
        until(d -> !path().startsWith("/login.xhtml"));
    }

    public void logout() {
        click("logoutForm:logout");
        waitForPath("/login.xhtml");
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, as a user clicks it, retrying while the menu's
     * panel is still opening (a click during the opening animation is lost), then waits for its Ajax to finish.
     */
    public void choose(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By option = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']");
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                click(menuId);
            }
            until(d -> d.findElement(option).isDisplayed() && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return !window.jQuery || jQuery(arguments[0]).filter(':animated').length === 0;",
                            d.findElement(panel))));
            driver.findElement(option).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                break;
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                // the click was lost in the panel's animation: try again
            }
        }
        waitForAjax();
        until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
    }

    public void waitForAjax() {
        until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
