package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.Browsers;
import io.todoplatform.support.ModuleProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.ReactiveMapSessionRepository;
import reactor.core.publisher.Mono;

/**
 * Two replicas of the tasks app-id on one database share browser sessions: a session
 * begun on one is honoured, renamed and ended on the other. Also how sessions expire,
 * what concurrent saves of one session keep, and how big a signed-in session is.
 */
class SharedSessionsIntegrationTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext two;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void start() {
		one = ModuleProcess.start("tasks", ModuleProcess.WITH_TOKEN);
		two = ModuleProcess.start("tasks", ModuleProcess.WITH_TOKEN);
	}

	@AfterAll
	static void stop() {
		one.close();
		two.close();
	}

	@Test
	void aSessionBegunOnOneReplicaIsHonouredAndEndedOnTheOther() throws Exception {
		var name = Browsers.newName("sam");
		var session = signIn(one, name);

		var list = get(two, "/tasks", session);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(name);
		assertThat(get(two, "/tasks", null).headers().firstValue("Location")).hasValue("/signin");

		assertThat(post(two, "/signout", session, "").statusCode()).as("signing out without the CSRF token")
			.isEqualTo(403);
		var signOut = post(two, "/signout", session, "_csrf=" + URLEncoder.encode(csrf(list), StandardCharsets.UTF_8));
		assertThat(signOut.headers().firstValue("Location")).hasValue("/signin?signedout");
		assertThat(get(one, "/tasks", session).headers().firstValue("Location")).hasValue("/signin");
		assertThat(get(two, "/tasks", session).headers().firstValue("Location")).hasValue("/signin");
		// A fragment asked for by htmx would land inside the page: htmx loads the sign-in
		// page instead.
		var fragment = http.send(HttpRequest.newBuilder(uri(one, "/tasks"))
			.header("Cookie", "SESSION=" + session)
			.header("HX-Request", "true")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fragment.statusCode()).isEqualTo(401);
		assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/signin");
	}

	@Test
	void theCookieIsHttpOnlyLaxAndSecureWhenTheIngressSaysHttps() throws Exception {
		var page = http.send(HttpRequest.newBuilder(uri(one, "/signin")).header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
				.contains("Secure", "SameSite=Lax")
				.startsWith("SESSION="));
		var plain = http.send(HttpRequest.newBuilder(uri(one, "/signin")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContain("Secure"));
	}

	@Test
	void aSessionUnusedForItsTimeoutIsGoneAndItsRowsAreDeleted() {
		var sessions = one.getBean(StoredSessions.class);
		var session = sessions.createSession().block();
		session.setMaxInactiveInterval(Duration.ofSeconds(1));
		session.setAttribute("note", "kept for a second");
		sessions.save(session).block();
		assertThat(sessions.findById(session.getId()).blockOptional()).isPresent();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> two.getBean(StoredSessions.class).findById(session.getId()).blockOptional().isEmpty());
		assertThat(two.getBean(ExpiredSessions.class).delete().block()).isPositive();
		assertThat(rows("browser_session_attribute where name = 'note' and value is not null")).isZero();
	}

	@Test
	void concurrentSavesOfOneSessionKeepEachOthersChangesAndNeverBringASignedOutSessionBack() {
		var sessions = one.getBean(StoredSessions.class);
		var others = two.getBean(StoredSessions.class);
		var session = sessions.createSession().block();
		session.setAttribute("csrf", "token");
		sessions.save(session).block();

		var first = sessions.findById(session.getId()).block();
		var second = others.findById(session.getId()).block();
		first.setAttribute("context", "signed in");
		second.setAttribute("saved-request", "/tasks");
		second.removeAttribute("csrf");
		Mono.when(sessions.save(first), others.save(second)).block();

		var both = sessions.findById(session.getId()).block();
		assertThat(both.getAttributeNames()).containsExactlyInAnyOrder("context", "saved-request");

		var late = others.findById(session.getId()).block();
		sessions.deleteById(session.getId()).block();
		late.setAttribute("context", "signed in again");
		others.save(late).block();
		assertThat(sessions.findById(session.getId()).blockOptional()).isEmpty();
	}

	@Test
	void aSignedInBrowserKeepsWorkingOnAnotherReplica() {
		var page = browsers.signIn(base(one), Browsers.newName("tess"));
		add(page, "Book the train");

		// Another replica, of which this browser knows nothing but the cookie (same
		// host).
		// (Not stopped first: contexts in one JVM share Reactor Netty's event loops.)
		page.navigate(base(two) + "/");
		PlaywrightAssertions.assertThat(page.getByText("Book the train")).isVisible();
		add(page, "Pack the bags");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		PlaywrightAssertions.assertThat(page.getByText("You are signed out.")).isVisible();
		page.navigate(base(one) + "/");
		PlaywrightAssertions.assertThat(page.getByLabel("User name")).isVisible();
	}

	@Test
	void aSignedInSessionIsSmall() throws Exception {
		var session = signIn(one, Browsers.newName("sizes"));
		get(one, "/", session);
		var database = one.getBean(DatabaseClient.class);
		var sizes = database
			.sql("select name, octet_length(value) as size from identity.browser_session_attribute "
					+ "where session_id_hash = sha256(convert_to(:id, 'UTF8'))")
			.bind("id", session)
			.map(row -> row.get("name", String.class) + "=" + row.get("size", Integer.class))
			.all()
			.collectList()
			.block();
		System.out.println("A local sign-in's session attributes (bytes): " + sizes);
		assertThat(sizes).isNotEmpty();
		assertThat(sizes.stream().mapToInt(size -> Integer.parseInt(size.substring(size.indexOf('=') + 1))).sum())
			.isLessThan(4096);
	}

	/**
	 * Not a timed assertion: what the store adds to a page request, beside Spring
	 * Session's in-memory map, printed for the ADR. Most requests only read the session;
	 * some (signing in, a new CSRF token) change it.
	 */
	@Test
	void whatARequestCostsTheStore() {
		var stored = one.getBean(StoredSessions.class);
		var memory = new ReactiveMapSessionRepository(new ConcurrentHashMap<>());
		var session = stored.createSession().block();
		session.setAttribute("context", "x".repeat(800));
		stored.save(session).block();
		var inMemory = memory.createSession().block();
		inMemory.setAttribute("context", "x".repeat(800));
		memory.save(inMemory).block();
		System.out.println("Reading a session (median, p90 in microseconds): PostgreSQL "
				+ micros(() -> stored.findById(session.getId()).flatMap(stored::save).block()) + ", in memory "
				+ micros(() -> memory.findById(inMemory.getId()).flatMap(memory::save).block()));
		System.out.println("Changing a session (median, p90 in microseconds): PostgreSQL "
				+ micros(() -> stored.findById(session.getId()).flatMap(read -> {
					read.setAttribute("csrf", UUID.randomUUID().toString());
					return stored.save(read);
				}).block()) + ", in memory " + micros(() -> memory.findById(inMemory.getId()).flatMap(read -> {
					read.setAttribute("csrf", UUID.randomUUID().toString());
					return memory.save(read);
				}).block()));
		assertThat(stored.findById(session.getId()).blockOptional()).isPresent();
	}

	private static String micros(Runnable request) {
		var times = new long[400];
		for (var i = 0; i < times.length; i++) {
			var began = System.nanoTime();
			request.run();
			times[i] = (System.nanoTime() - began) / 1000;
		}
		Arrays.sort(times);
		return times[200] + ", " + times[360];
	}

	private static void add(Page page, String title) {
		page.getByLabel("Task title").fill(title);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add task")).click();
		// The new task's title, a link to its page (not the notice that it was added).
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)))
			.isVisible();
	}

	/** The session id of a new user signed in on this replica, by its sign-in form. */
	private String signIn(ConfigurableApplicationContext replica, String name) throws Exception {
		var page = get(replica, "/signin", null);
		var anonymous = cookie(page);
		var signedIn = post(replica, "/signin", anonymous, "username=" + name + "&zone=Europe%2FParis&_csrf="
				+ URLEncoder.encode(csrf(page), StandardCharsets.UTF_8));
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		var session = cookie(signedIn);
		assertThat(session).isNotEqualTo(anonymous);
		return session;
	}

	private HttpResponse<String> get(ConfigurableApplicationContext replica, String path, String session)
			throws Exception {
		var request = HttpRequest.newBuilder(uri(replica, path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext replica, String path, String session, String form)
			throws Exception {
		return http.send(HttpRequest.newBuilder(uri(replica, path))
			.header("Cookie", "SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		var found = CSRF.matcher(page.body());
		assertThat(found.find()).as("a CSRF field in " + page.body()).isTrue();
		return found.group(1);
	}

	private static String cookie(HttpResponse<String> answer) {
		var found = answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(java.util.regex.Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst();
		assertThat(found).as("a session cookie").isPresent();
		return found.get();
	}

	private long rows(String where) {
		return two.getBean(DatabaseClient.class)
			.sql("select count(*) as n from identity." + where)
			.map(row -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static URI uri(ConfigurableApplicationContext replica, String path) {
		return URI.create(base(replica) + path);
	}

	private static String base(ConfigurableApplicationContext replica) {
		return "http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port");
	}

}
