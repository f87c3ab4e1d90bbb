package io.todoplatform.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's edit page in a real browser: the API's messages next to the fields, due times
 * in the task's zone, the three forms of reminders, and changes made elsewhere meanwhile.
 */
@ApiTest
class TaskEditBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void theApiMessagesShowNextToTheirFieldsThenAGoodSaveKeepsEveryField() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user, Map.of("title", "Water the plants", "timeZone", "Europe/Paris"));
		page.navigate(browsers.base() + "/tasks/" + id);
		assertThat(page.getByLabel("Title")).hasValue("Water the plants");
		assertThat(page.getByLabel("Time zone")).hasValue("Europe/Paris");

		page.getByLabel("Title").fill("");
		tags(page).fill("Garden!");
		var spare = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("New reminder"));
		spare.getByLabel("When").selectOption("before");
		spare.getByLabel("How long before").fill("15");
		var refused = page.waitForResponse(response -> response.request().method().equals("POST"), () -> save(page));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("The task was not saved");
		assertThat(page.locator("#title-error")).containsText("1 to 200 characters");
		assertThat(page.getByLabel("Title")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#tags-error")).containsText("is not a tag");
		var reminder = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Reminder 1"));
		assertThat(reminder.locator(".error")).containsText("counts from the due time, and the task has none");
		assertThat(tags(page)).hasValue("Garden!");

		page.getByLabel("Title").fill("Water the ferns");
		tags(page).fill("plants");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add tag home")).click();
		assertThat(tags(page)).hasValue("plants home");
		page.getByLabel("Due date").fill("2026-12-24");
		page.getByLabel("Due time").fill("09:30");
		page.getByLabel("Time zone").selectOption("America/New_York");
		spare = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("New reminder"));
		spare.getByLabel("When").selectOption("daysBefore");
		spare.getByLabel("Days before").fill("1");
		spare.getByLabel("At time").fill("18:00");
		save(page);

		assertThat(page.getByText("Saved.")).isVisible();
		var task = api.task(user, id);
		assertThat(task).containsEntry("title", "Water the ferns")
			.containsEntry("tags", List.of("home", "plants"))
			.containsEntry("dueAt", "2026-12-24T14:30:00Z")
			.containsEntry("timeZone", "America/New_York")
			.containsEntry("reminders", List.of(Map.of("before", "PT15M", "fireAt", "2026-12-24T14:15:00Z"),
					Map.of("daysBefore", 1, "atTime", "18:00", "fireAt", "2026-12-23T23:00:00Z")));
		assertThat(page.getByLabel("Due date")).hasValue("2026-12-24");
		assertThat(page.getByLabel("Due time")).hasValue("09:30");
		assertThat(page.getByLabel("Time zone")).hasValue("America/New_York");
		assertThat(
				page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Reminder 2")).getByLabel("At time"))
			.hasValue("18:00");
		Browsers.accessible(page);
	}

	@Test
	void aReminderAtAMomentIsReadInTheTaskZoneAndAnAllDayTaskHasNoTime() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user,
				Map.of("title", "Renew the passport", "dueAt", "2027-01-15T08:00:00Z", "timeZone", "Asia/Tokyo"));
		page.navigate(browsers.base() + "/tasks/" + id);
		assertThat(page.getByLabel("Due time")).hasValue("17:00");

		page.getByLabel("Due time").fill("");
		var spare = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("New reminder"));
		spare.getByLabel("When").selectOption("at");
		spare.getByLabel("Remind at").fill("2027-01-10T12:00");
		save(page);

		assertThat(page.getByText("Saved.")).isVisible();
		assertThat(api.task(user, id)).containsEntry("dueAt", null)
			.containsEntry("dueDate", "2027-01-15")
			.containsEntry("reminders",
					List.of(Map.of("at", "2027-01-10T03:00:00Z", "fireAt", "2027-01-10T03:00:00Z")));
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Reminder 1"))
			.getByLabel("Remind at")).hasValue("2027-01-10T12:00");
	}

	@Test
	void aChangeMadeElsewhereMeanwhileIsReportedNotOverwritten() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user, Map.of("title", "Book the flights"));
		page.navigate(browsers.base() + "/tasks/" + id);
		assertThat(page.getByLabel("Title")).hasValue("Book the flights");

		api.patch(user, id, Map.of("title", "Book the train", "priority", "HIGH"));
		page.getByLabel("Title").fill("Book the ferry");
		var answer = page.waitForResponse(response -> response.request().method().equals("POST"), () -> save(page));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("changed elsewhere while you were editing it");
		assertThat(page.getByLabel("Title")).hasValue("Book the train");
		assertThat(page.getByLabel("Priority")).hasValue("HIGH");
		assertThat(api.task(user, id)).containsEntry("title", "Book the train");

		page.getByLabel("Title").fill("Book the ferry");
		save(page);
		assertThat(page.getByText("Saved.")).isVisible();
		assertThat(api.task(user, id)).containsEntry("title", "Book the ferry").containsEntry("priority", "HIGH");
	}

	@Test
	void aBadOrSomeoneElsesIdIsNotFound() {
		var page = browsers.signIn(Browsers.newName("alice"));
		var api = Api.at(browsers.base());
		var others = api.createId(api.newUser(), Map.of("title", "Not yours"));

		for (var id : List.of("not-a-task", "123", others)) {
			var response = page.navigate(browsers.base() + "/tasks/" + id);
			assertThat(response.status()).as(id).isEqualTo(404);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
		}
		assertThat(page.getByText("Not yours")).hasCount(0);
	}

	@Test
	void anOccurrenceLinksToItsSeries() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var started = api.startSeries(user, Map.of("title", "Stand-up", "rrule", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
				"dtstart", "2026-12-07T09:00:00", "timeZone", "Europe/Paris"));
		var firstId = started.get("firstTaskId");
		var seriesId = ((Map<?, ?>) started.get("series")).get("id");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> api.web()
				.get()
				.uri("/api/v1/tasks/{id}", firstId)
				.headers(user)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value() == 200);

		page.navigate(browsers.base() + "/tasks/" + firstId);

		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open its series")))
			.hasAttribute("href", "/series/" + seriesId);
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user, Map.of("title", "Keep me"));

		var answer = page.request()
			.post(browsers.base() + "/tasks/" + id,
					RequestOptions.create().setForm(FormData.create().set("title", "Changed").set("version", "0")));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(api.task(user, id)).containsEntry("title", "Keep me");
	}

	@Test
	void screenshotsAtDesktopAndPhoneSize() {
		var name = Browsers.newName("alice");
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user,
				Map.of("title", "Renew the passport", "description",
						"Photos from the shop on Rue Cler; the old passport and the form are in the blue folder.",
						"priority", "HIGH", "tags", List.of("personal", "travel"), "dueAt", "2027-01-15T14:00:00Z",
						"timeZone", "Europe/Paris", "reminders", List.of(Map.of("before", "PT2H"),
								Map.of("daysBefore", 1, "atTime", "18:00"), Map.of("at", "2027-01-08T08:30:00Z"))));
		for (var size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
			var page = browsers.signIn(name, size);
			page.navigate(browsers.base() + "/tasks/" + id);
			assertThat(page.getByLabel("Title")).hasValue("Renew the passport");
			Browsers.accessible(page);
			Browsers.screenshot(page, "task-edit", size);
		}
	}

	static Locator tags(Page page) {
		return page.getByLabel("Tags", new Page.GetByLabelOptions().setExact(true));
	}

	static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
	}

}
