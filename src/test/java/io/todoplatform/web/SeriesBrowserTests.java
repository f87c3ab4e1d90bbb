package io.todoplatform.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recurring tasks in a real browser: the rule builder writes the rule, the preview shows
 * the dates it means (in the series' zone), a saved series makes tasks that move on when
 * one is done, bad rules get the API's message next to "Repeat", skip and stop.
 */
@ApiTest
class SeriesBrowserTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** As the API prints an occurrence, which the preview's {@code <time>} keeps. */
	static final DateTimeFormatter OCCURRENCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);

	static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aWeeklySeriesFromTheBuilderPreviewsItsDatesAndItsNextTaskComesWhenOneIsDone() {
		var page = browsers.signIn(Browsers.newName("alice"));
		var monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		newSeries(page, "Water the plants", monday, "08:30");
		weeklyOn(page, "Mon", "Thu");
		assertThat(page.getByLabel("Repeat")).hasValue("FREQ=WEEKLY;BYDAY=MO,TH");
		assertThat(page.getByLabel("Time zone")).hasValue("Europe/Paris");

		var expected = Stream
			.of(monday, monday.plusDays(3), monday.plusDays(7), monday.plusDays(10), monday.plusDays(14))
			.map(day -> ZonedDateTime.of(day, LocalTime.of(8, 30), PARIS))
			.toList();
		assertThat(nextDates(page).locator("time")).hasCount(5);
		assertThat(nextDates(page).locator("time"))
			.hasText(expected.stream().map(SHOWN::format).toArray(String[]::new));
		assertThat(nextDates(page).locator("time").evaluateAll("times => times.map(t => t.dateTime)"))
			.isEqualTo(expected.stream().map(OCCURRENCE::format).toList());

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Water the plants")))
			.isVisible();
		assertThat(page).hasURL(Pattern.compile("/series/[0-9a-f-]{36}$"));
		var seriesPage = page.url();

		// Its first task is made from an event: the list shows it once it exists.
		page.navigate(browsers.base() + "/tasks");
		await(page, () -> openTasks(page, "Water the plants").count() == 1);
		// An occurrence shows its series.
		assertThat(openTasks(page, "Water the plants").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Repeats")))
			.hasAttribute("href", seriesPage.substring(seriesPage.indexOf("/series/")));
		openTasks(page, "Water the plants")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete"))
			.click();
		// Done, and the next one follows (another event later).
		await(page,
				() -> openTasks(page, "Water the plants").count() == 1 && tasks(page, "Water the plants").count() == 2);

		// The series' page lists its tasks: Thursday's open, Monday's done.
		page.navigate(seriesPage);
		var occurrences = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Occurrences"));
		assertThat(occurrences.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(occurrences.getByRole(AriaRole.LISTITEM,
				new Locator.GetByRoleOptions().setName(SHOWN.format(expected.get(1))).setExact(true)))
			.containsText("Open");
		assertThat(occurrences.getByRole(AriaRole.LISTITEM,
				new Locator.GetByRoleOptions().setName(SHOWN.format(expected.get(0))).setExact(true)))
			.containsText("Done");
		assertThat(page.getByText("The open one is due " + SHOWN.format(expected.get(1)))).isVisible();
	}

	@Test
	void theLastFridayOfTheMonthEndingAfterThreeAndOtherRulesTheBuilderWrites() {
		var page = browsers.signIn(Browsers.newName("carol"));
		var lastFriday = LocalDate.now(PARIS).plusMonths(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
		newSeries(page, "Pay the rent", lastFriday, "09:00");
		page.getByLabel("How often").selectOption("MONTHLY");
		page.getByLabel("On the", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Week of the month").selectOption("-1");
		page.getByLabel("Day of the week").selectOption("FR");
		page.getByLabel("After", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Number of occurrences").fill("3");
		assertThat(page.getByLabel("Repeat")).hasValue("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
		var expected = Stream.of(0, 1, 2)
			.map(months -> lastFriday.withDayOfMonth(1)
				.plusMonths(months)
				.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)))
			.map(day -> OCCURRENCE.format(ZonedDateTime.of(day, LocalTime.of(9, 0), PARIS)))
			.toList();
		assertThat(nextDates(page).locator("time")).hasCount(3);
		assertThat(nextDates(page).locator("time").evaluateAll("times => times.map(t => t.dateTime)"))
			.isEqualTo(expected);

		// Ends on a date: the end of that day in the series' zone, as the start has a
		// time.
		page.getByLabel("On", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("End date").fill(lastFriday.plusMonths(6).toString());
		assertThat(page.getByLabel("Repeat")).hasValue("FREQ=MONTHLY;BYDAY=-1FR;UNTIL="
				+ lastFriday.plusMonths(6).format(DateTimeFormatter.BASIC_ISO_DATE) + "T235959");

		// A rule typed by hand sets the builder, when the builder can show it.
		page.getByLabel("Repeat").fill("FREQ=DAILY;INTERVAL=2");
		assertThat(page.getByLabel("How often")).hasValue("DAILY");
		assertThat(page.getByLabel("Every")).hasValue("2");
		page.getByLabel("Repeat").fill("FREQ=YEARLY;BYMONTH=1,7");
		assertThat(page.getByLabel("How often")).hasValue("CUSTOM");
		assertThat(nextDates(page).locator("time")).hasCount(5);
	}

	@Test
	void aBadRuleGetsTheApisMessageNextToRepeatAndSavingItToo() {
		var name = Browsers.newName("dave");
		var page = browsers.signIn(name);
		var start = LocalDate.now(PARIS).plusDays(1);
		newSeries(page, "Call mum", start, "18:00");
		var bad = "FREQ=WEEKLY;BYDAY=XX";
		var message = rruleMessage(Api.at(browsers.base()).signIn(name), bad, start + "T18:00");

		page.getByLabel("Repeat").fill(bad);
		assertThat(repeatError(page)).hasText(message);
		assertThat(page.getByLabel("Repeat")).hasAttribute("aria-invalid", "true");
		assertThat(nextDates(page).locator("li")).hasCount(0);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New recurring task")))
			.isVisible();
		assertThat(repeatError(page)).hasText(message);
		assertThat(page.getByLabel("Repeat")).hasValue(bad);
		assertThat(page.getByLabel("Title")).hasValue("Call mum");

		// A form posted without the session's CSRF token is refused.
		var forged = page.request()
			.post(browsers.base() + "/series", RequestOptions.create()
				.setForm(FormData.create().set("title", "Forged").set("rrule", "FREQ=DAILY")));
		assertThat(forged.status()).isEqualTo(403);
	}

	@Test
	void aSeriesIsSkippedAndStoppedAndOnlyItsOwnerSeesIt() {
		var name = Browsers.newName("erin");
		var page = browsers.signIn(name);
		var first = LocalDate.now(PARIS).plusDays(2);
		var started = Api.at(browsers.base())
			.startSeries(Api.at(browsers.base()).signIn(name), Map.of("title", "Feed the cat", "rrule", "FREQ=DAILY",
					"dtstart", first + "T07:00:00", "timeZone", "Europe/Paris"));
		var id = ((Map<?, ?>) started.get("series")).get("id");
		page.navigate(browsers.base() + "/series");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feed the cat")).click();
		assertThat(page.getByText("The open one is due " + shown(first, "07:00"))).isVisible();

		// The editor reads the saved rule into the builder, and saves a change.
		assertThat(page.getByLabel("How often")).hasValue("DAILY");
		assertThat(nextDates(page).locator("time").first()).hasText(shown(first, "07:00"));
		page.getByLabel("Title").fill("Feed the cats");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feed the cats"))).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip")).click();
		assertThat(page.getByText("The open one is due " + shown(first.plusDays(1), "07:00"))).isVisible();

		page.getByLabel("Also delete the open task").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop")).click();
		assertThat(page.getByText("Stopped: it makes no more tasks.")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip"))).hasCount(0);
		page.navigate(browsers.base() + "/series");
		assertThat(page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Feed the cats")))
			.containsText("Stopped");
		assertThat(page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Feed the cats")))
			.containsText("Daily");

		// Someone else's series, a malformed id, one that never was: the same 404 page.
		// (Asked
		// without navigating: a page answered 404 logs a console error, which fails a
		// test.)
		var stranger = browsers.signIn(Browsers.newName("frank"));
		for (var path : List.of("/series/" + id, "/series/not-an-id", "/series/" + java.util.UUID.randomUUID())) {
			var response = stranger.request().get(browsers.base() + path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.text()).as(path).contains("Not found");
		}
	}

	@Test
	void theEditorWithItsPreviewIsAccessibleAtDesktopAndPhoneSizes() {
		for (var size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
			var page = browsers.signIn(Browsers.newName("grace"), size);
			var monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			newSeries(page, "Water the plants", monday, "08:30");
			weeklyOn(page, "Mon", "Thu");
			page.getByLabel("Tags").fill("home plants");
			assertThat(nextDates(page).locator("time")).hasCount(5);
			Browsers.accessible(page);
			page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }");
			Browsers.screenshot(page, "series", size);
		}
	}

	/** The editor of a new series, its title, start and time filled in. */
	static void newSeries(Page page, String title, LocalDate start, String time) {
		page.navigate(page.url().replaceFirst("(https?://[^/]+).*", "$1") + "/series/new");
		page.getByLabel("Title").fill(title);
		page.getByLabel("Starts on").fill(start.toString());
		page.getByLabel("At", new Page.GetByLabelOptions().setExact(true)).fill(time);
	}

	static void weeklyOn(Page page, String... days) {
		page.getByLabel("How often").selectOption("WEEKLY");
		for (var day : DAYS) {
			page.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).setChecked(List.of(days).contains(day));
		}
	}

	/** The message that describes the "Repeat" field (one of its descriptions). */
	static Locator repeatError(Page page) {
		var described = page.getByLabel("Repeat").getAttribute("aria-describedby").split(" ");
		assertThat(described).contains("rrule-error");
		return page.locator("#rrule-error");
	}

	static Locator nextDates(Page page) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Next dates"));
	}

	static Locator tasks(Page page, String title) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tasks").setExact(true))
			.getByRole(AriaRole.LISTITEM, new Locator.GetByRoleOptions().setName(title));
	}

	/** The tasks of that title that can still be completed. */
	static Locator openTasks(Page page, String title) {
		return tasks(page, title).filter(new Locator.FilterOptions()
			.setHas(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))));
	}

	/**
	 * Reloads the page until the condition holds: tasks come from events, a moment later.
	 */
	static void await(Page page, java.util.function.BooleanSupplier condition) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			page.reload();
			return condition.getAsBoolean();
		});
	}

	static String shown(LocalDate day, String time) {
		return SHOWN.format(ZonedDateTime.of(day, LocalTime.parse(time), PARIS));
	}

	/** What the API itself says of a rule. */
	@SuppressWarnings("unchecked")
	String rruleMessage(Api.User user, String rrule, String dtstart) {
		var problem = Api.at(browsers.base())
			.web()
			.post()
			.uri("/api/v1/recurrence/preview")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("rrule", rrule, "dtstart", dtstart, "timeZone", "Europe/Paris"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Api.JSON)
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) problem.get("invalid-params")).stream()
			.filter(param -> "rrule".equals(param.get("name")))
			.map(param -> (String) param.get("reason"))
			.findFirst()
			.orElseThrow();
	}

}
