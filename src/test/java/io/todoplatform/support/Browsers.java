package io.todoplatform.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for the web UI's tests: Debian's headless Chromium driven by Playwright,
 * launched once per test class, with a fresh context (cookies, storage) for every user a
 * test signs in. Nothing is downloaded: Playwright's driver comes from its Maven
 * artifact, the browser from the machine ({@code /usr/bin/chromium}, or
 * {@code -Dtodo.browser.chromium}). After each test it fails the test if a page logged an
 * error, such as a Content-Security-Policy violation.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browsers browsers = new Browsers();
 * </pre>
 */
public final class Browsers implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

	/** A laptop's window, and a phone's. */
	public static final Size DESKTOP = new Size("desktop", 1280, 800);

	public static final Size PHONE = new Size("phone", 390, 844);

	private static final Path CHROMIUM = Path.of(System.getProperty("todo.browser.chromium", "/usr/bin/chromium"));

	/** Where the README's screenshots are written. */
	private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	private Playwright playwright;

	private Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private @Nullable ExtensionContext testClass;

	private final List<String> errors = new ArrayList<>();

	/**
	 * Answers that are refusals on purpose: a page answered with a 4xx (a 404 page, a
	 * form sent back with 422 or 409) and a fragment of a form the API refused (422).
	 * Chromium logs each as an error; the test asserts what the page shows instead.
	 */
	private final List<String> refusedPages = new ArrayList<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		testClass = context;
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("The web UI's tests need Chromium at " + CHROMIUM
					+ ": install Debian's package (apt-get install -y chromium; .ci/run does it) or point "
					+ "-Dtodo.browser.chromium at one");
		}
		// Set here as well as in the build, so that a test run from an IDE never tries to
		// download a browser.
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
						"--disable-component-update")));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		var logged = errors.stream()
			.filter(error -> !(error.startsWith("Failed to load resource: the server responded with a status of 4")
					&& refusedPages.stream().anyMatch(url -> error.endsWith("(" + url + ":0:0)"))))
			.toList();
		errors.clear();
		refusedPages.clear();
		assertThat(logged).as("errors the pages logged (CSP violations, failed scripts)").isEmpty();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (playwright != null) {
			playwright.close();
		}
	}

	/**
	 * Where the test's application answers: the Spring Boot test's server (its random
	 * port).
	 */
	public String base() {
		var port = SpringExtension.getApplicationContext(Objects.requireNonNull(testClass))
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		return "http://127.0.0.1:" + port;
	}

	/** A page of a fresh browser (no cookies) at this size, whose errors are watched. */
	public Page open(Size size) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(size.width(), size.height())
			.setIsMobile(size == PHONE)
			.setHasTouch(size == PHONE)
			.setDeviceScaleFactor(size == PHONE ? 2 : 1)
			.setLocale("en-GB")
			.setTimezoneId("Europe/Paris"));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		var page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text() + " (" + message.location() + ")");
			}
		});
		page.onPageError(error -> errors.add(error));
		page.onResponse(response -> {
			var status = response.status();
			if (status == 422
					|| status >= 400 && status < 500 && "document".equals(response.request().resourceType())) {
				refusedPages.add(response.url());
			}
		});
		return page;
	}

	/**
	 * A new user, signed in through the local mode's sign-in page, on the task list. The
	 * browser's zone is Europe/Paris, so the user's dates default to it.
	 */
	public Page signIn(String base, String name, Size size) {
		var page = open(size);
		page.navigate(base + "/");
		page.getByLabel("User name").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tasks").setExact(true)))
			.isVisible();
		return page;
	}

	public Page signIn(String base, String name) {
		return signIn(base, name, DESKTOP);
	}

	/**
	 * {@link #signIn(String, String, Size)} on the test's application, at desktop size.
	 */
	public Page signIn(String name) {
		return signIn(base(), name, DESKTOP);
	}

	/** {@link #signIn(String, String, Size)} on the test's application. */
	public Page signIn(String name, Size size) {
		return signIn(base(), name, size);
	}

	/** A user name no other test uses: tests share one application. */
	public static String newName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Checks the page with axe-core against WCAG 2.2 A and AA: no serious or critical
	 * violation.
	 */
	public static void accessible(Page page) {
		var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze();
		assertThat(results.getViolations()
			.stream()
			.filter(violation -> List.of("serious", "critical").contains(violation.getImpact()))
			.map(violation -> violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp() + " at "
					+ violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()))
			.as("serious or critical accessibility violations on " + page.url())
			.isEmpty();
	}

	/**
	 * Writes the whole page to docs/screenshots/NAME-SIZE.png, as the README shows it.
	 */
	public static void screenshot(Page page, String name, Size size) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + size.name() + ".png"))
			.setFullPage(true)
			.setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
	}

	/** A viewport: its name is part of a screenshot's file name. */
	public record Size(String name, int width, int height) {
	}

}
