package io.todoplatform.web.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * The web UI as a user with 500 tasks meets it, in Debian's headless Chromium: the first
 * contentful paint of the task list (each load in a fresh browser context: no cached
 * styles or scripts, only the session cookie), and how soon search results are shown once
 * the debounce has passed (from htmx's request to the settled list, measured in the page
 * with the Performance API's clock). Prints a Markdown report; exits 3 when a target is
 * missed.
 */
public final class UiBenchmark {

	private static final Path CHROMIUM = Path.of(System.getProperty("todo.browser.chromium", "/usr/bin/chromium"));

	private static final List<String> WORDS = List.of("invoice", "garden", "dentist", "report", "groceries", "plants",
			"taxes", "meeting", "birthday", "car", "laundry", "budget", "flight", "library", "insurance", "kitchen");

	private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "VERY_IMPORTANT");

	/** The search box waits this long after the last keystroke (tasks.html). */
	private static final double DEBOUNCE_MS = 300;

	/**
	 * Marks the time of the last input, the request htmx sends for it and the moment the
	 * list it got is settled.
	 */
	private static final String PROBE = """
			() => {
			  window.__probe = {};
			  document.addEventListener('input', () => { window.__probe = { input: performance.now() }; }, true);
			  document.addEventListener('htmx:beforeRequest', () => { window.__probe.request = performance.now(); });
			  document.addEventListener('htmx:afterSettle', () => { window.__probe.settled = performance.now(); });
			}""";

	private static final String FIRST_CONTENTFUL_PAINT = """
			() => new Promise(resolve => new PerformanceObserver((list, observer) => {
			  const entry = list.getEntriesByName('first-contentful-paint')[0];
			  if (entry) { observer.disconnect(); resolve(entry.startTime); }
			}).observe({ type: 'paint', buffered: true }))""";

	private final String base;

	private final int tasks;

	private final int loads;

	private final int searches;

	/**
	 * The list's query, e.g. {@code size=100}: the UI shows 50 tasks a page unless told.
	 */
	private final String query;

	private final HttpClient http = HttpClient.newHttpClient();

	private UiBenchmark(Map<String, String> options) {
		this.base = options.getOrDefault("base-url", "http://127.0.0.1:8080");
		this.tasks = Integer.parseInt(options.getOrDefault("tasks", "500"));
		this.loads = Integer.parseInt(options.getOrDefault("loads", "30"));
		this.searches = Integer.parseInt(options.getOrDefault("searches", "30"));
		this.query = options.getOrDefault("query", "");
	}

	public static void main(String[] args) throws Exception {
		var options = new java.util.HashMap<String, String>();
		for (var i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		System.exit(new UiBenchmark(options).run() ? 0 : 3);
	}

	private boolean run() throws Exception {
		awaitReady();
		var user = "ui-bench";
		seed(token(user));
		try (var playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				var browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
			var signedIn = signIn(browser, user);
			System.out.printf("# Web UI: one user with %d tasks, /tasks?%s, Chromium %s%n%n", tasks, query,
					browser.version());
			var paints = firstPaints(browser, signedIn);
			var shown = new ArrayList<Double>();
			var typed = new ArrayList<Double>();
			search(browser, signedIn, shown, typed);
			System.out.println("| measure | count | p50 | p95 | max | target |");
			System.out.println("| --- | --- | --- | --- | --- | --- |");
			row("first contentful paint of /tasks (fresh context)", paints, "p95 < 1000 ms");
			row("search: request to results shown (after the debounce)", shown, "p95 < 150 ms");
			row("search: last keystroke to results shown, minus the 300 ms debounce", typed, "");
			var met = percentile(paints, 95) < 1000 && percentile(shown, 95) < 150;
			System.out.println();
			System.out.println(met ? "Targets met." : "A target was missed.");
			return met;
		}
	}

	/** Signs in through the page once; the state (the session cookie) is reused. */
	private String signIn(Browser browser, String user) {
		try (var context = browser.newContext()) {
			var page = context.newPage();
			page.navigate(base + "/signin");
			page.getByLabel("User name").fill(user);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.waitForURL("**/tasks**");
			return context.storageState();
		}
	}

	private List<Double> firstPaints(Browser browser, String signedIn) {
		var paints = new ArrayList<Double>();
		for (var i = 0; i < loads + 3; i++) {
			try (var context = fresh(browser, signedIn)) {
				var page = context.newPage();
				page.navigate(base + "/tasks?" + query);
				var paint = ((Number) page.evaluate(FIRST_CONTENTFUL_PAINT)).doubleValue();
				if (i >= 3) {
					paints.add(paint);
				}
			}
		}
		return paints;
	}

	private void search(Browser browser, String signedIn, List<Double> shown, List<Double> typed) {
		try (var context = fresh(browser, signedIn)) {
			var page = context.newPage();
			page.navigate(base + "/tasks?" + query);
			page.evaluate(PROBE);
			var box = page.getByLabel("Search tasks");
			for (var i = 0; i < searches + 3; i++) {
				box.fill(WORDS.get(i % WORDS.size()) + (i % 2 == 0 ? "" : " " + WORDS.get((i + 5) % WORDS.size())));
				page.waitForFunction(
						"() => window.__probe.settled !== undefined && window.__probe.request !== undefined");
				@SuppressWarnings("unchecked")
				var probe = (Map<String, Number>) page.evaluate("() => window.__probe");
				if (i >= 3) {
					shown.add(probe.get("settled").doubleValue() - probe.get("request").doubleValue());
					typed.add(probe.get("settled").doubleValue() - probe.get("input").doubleValue() - DEBOUNCE_MS);
				}
			}
		}
	}

	private static BrowserContext fresh(Browser browser, String signedIn) {
		return browser.newContext(new Browser.NewContextOptions().setStorageState(signedIn).setViewportSize(1280, 800));
	}

	private void awaitReady() throws InterruptedException {
		for (var i = 0; i < 240; i++) {
			try {
				var status = http
					.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(), BodyHandlers.discarding())
					.statusCode();
				if (status == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The app at " + base + " did not start within 2 minutes");
	}

	private String token(String user) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"" + user + "\"}"))
			.build(), BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	/** Varied tasks: titles of two words, every priority, tags, a due date on most. */
	private void seed(String token) {
		var permits = new Semaphore(8);
		var sent = new ArrayList<CompletableFuture<?>>();
		for (var i = 0; i < tasks; i++) {
			var title = WORDS.get(i % WORDS.size()) + " " + WORDS.get((i * 7 + 3) % WORDS.size()) + " " + i;
			var due = i % 5 == 0 ? "" : ",\"dueDate\":\"" + LocalDate.now().plusDays(i % 40 - 5) + "\"";
			var body = "{\"title\":\"" + title + "\",\"priority\":\"" + PRIORITIES.get(i % 4) + "\",\"tags\":[\""
					+ (i % 3 == 0 ? "work" : "home") + "\"]" + due + "}";
			permits.acquireUninterruptibly();
			sent.add(http
				.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(30))
					.POST(BodyPublishers.ofString(body))
					.build(), BodyHandlers.ofString())
				.whenComplete((response, failure) -> permits.release())
				.thenAccept(response -> {
					if (response.statusCode() != 201) {
						throw new IllegalStateException(
								"Seeding failed: " + response.statusCode() + " " + response.body());
					}
				}));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
	}

	private static void row(String label, List<Double> values, String target) {
		System.out.printf("| %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n", label, values.size(),
				percentile(values, 50), percentile(values, 95), percentile(values, 100), target);
	}

	private static double percentile(List<Double> values, int percentile) {
		var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		var index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
