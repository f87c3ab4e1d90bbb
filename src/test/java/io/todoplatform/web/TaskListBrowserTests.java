package io.todoplatform.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.todoplatform.web.TaskListPage.button;
import static io.todoplatform.web.TaskListPage.exists;
import static io.todoplatform.web.TaskListPage.items;
import static io.todoplatform.web.TaskListPage.listed;
import static io.todoplatform.web.TaskListPage.quickAdd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list in a real browser: quick add (with its details inline, and refused),
 * complete and reopen, delete with undo, what another user sees, the keyboard shortcuts,
 * and CSRF. Search, filters and sort are in {@link TaskListQueryBrowserTests}; the look
 * (axe, phone, screenshots) in {@link TaskListLookBrowserTests}.
 */
@ApiTest
class TaskListBrowserTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aUserQuickAddsTasksCompletesAndReopensThemAndNoOneElseSeesThem() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		assertThat(page.getByText("No tasks here yet")).isVisible();
		add(page, "Water the plants");
		add(page, "Pay the rent");

		var tomorrow = LocalDate.now(PARIS).plusDays(1);
		var form = quickAdd(page);
		form.getByLabel("Task title").fill("Prepare the quarterly report");
		form.getByLabel("Priority").selectOption("High");
		form.getByLabel("Due date").fill(tomorrow.toString());
		form.getByLabel("Time").fill("09:00");
		form.getByLabel("Tags").fill("work, q4");
		button(page, "Add task").click();
		var report = task(page, "Prepare the quarterly report");
		assertThat(report.locator(".badge.priority-HIGH")).hasText("High");
		assertThat(report.locator("time")).containsText("09:00");
		assertThat(report.locator(".tag")).hasText(new String[] { "q4", "work" });
		assertThat(items(page)).hasCount(3);
		assertThat(page.getByText("Added “Prepare the quarterly report”.")).isVisible();
		assertThat(form.getByLabel("Task title")).isEmpty();
		assertThat(form.getByLabel("Tags")).isEmpty();

		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var created = listed(api, user).stream()
			.filter(task -> task.get("title").equals("Prepare the quarterly report"))
			.findFirst()
			.orElseThrow();
		assertThat(created).containsEntry("priority", "HIGH")
			.containsEntry("timeZone", "Europe/Paris")
			.containsEntry("dueAt", tomorrow.atTime(9, 0).atZone(PARIS).toInstant().toString())
			.containsEntry("tags", List.of("q4", "work"));

		var plants = task(page, "Water the plants");
		button(plants, "Complete").click();
		assertThat(button(plants, "Reopen")).isFocused();
		assertThat(plants.getByText("Completed")).isVisible();
		assertThat(listed(api, user)).filteredOn(task -> task.get("title").equals("Water the plants"))
			.extracting(task -> task.get("status"))
			.containsExactly("COMPLETED");
		button(plants, "Reopen").click();
		assertThat(button(plants, "Complete")).isFocused();
		assertThat(listed(api, user)).filteredOn(task -> task.get("title").equals("Water the plants"))
			.extracting(task -> task.get("status"))
			.containsExactly("OPEN");

		var bob = browsers.signIn(Browsers.newName("bob"));
		assertThat(items(bob)).hasCount(0);
		assertThat(bob.getByText("No tasks here yet")).isVisible();
		bob.navigate(browsers.base() + "/tasks?q=plants");
		assertThat(bob.getByText("No tasks match “plants”")).isVisible();
		assertThat(items(bob)).hasCount(0);
		// Nor can he act on it, token and all: the API knows no such task of his.
		var rent = listed(api, user).stream()
			.filter(task -> task.get("title").equals("Pay the rent"))
			.findFirst()
			.orElseThrow()
			.get("id");
		@SuppressWarnings("unchecked")
		var csrf = (Map<String, String>) bob.evaluate("() => JSON.parse(document.body.getAttribute('hx-headers'))");
		var asBob = RequestOptions.create().setHeader("HX-Request", "true");
		csrf.forEach(asBob::setHeader);
		assertThat(bob.request().post(browsers.base() + "/tasks/" + rent + "/complete", asBob).status()).isEqualTo(422);
		assertThat(bob.request().delete(browsers.base() + "/tasks/" + rent, asBob).status()).isEqualTo(204);
		assertThat(bob.request().post(browsers.base() + "/tasks/not-a-task/complete", asBob).status()).isEqualTo(404);
		assertThat(listed(api, user)).filteredOn(task -> task.get("id").equals(rent))
			.extracting(task -> task.get("status"))
			.containsExactly("OPEN");
	}

	@Test
	void aRefusedQuickAddShowsTheApisMessageNextToTheField() {
		var page = browsers.signIn(Browsers.newName("alice"));
		var form = quickAdd(page);
		form.getByLabel("Task title").fill("Tidy the garage");
		form.getByLabel("Tags").fill("Garage!");
		button(page, "Add task").click();

		assertThat(form.locator("#tags-error")).containsText("'Garage!' is not a tag");
		assertThat(form.getByLabel("Tags")).hasAttribute("aria-invalid", "true");
		assertThat(form.getByLabel("Task title")).hasValue("Tidy the garage");
		assertThat(items(page)).hasCount(0);

		form.getByLabel("Tags").fill("garage");
		form.getByLabel("Time").fill("18:00");
		button(page, "Add task").click();
		assertThat(form.locator("#due-error")).hasText("A time needs a day: choose the day it is due");
		assertThat(form.locator("#tags-error")).isHidden();

		form.getByLabel("Time").fill("");
		button(page, "Add task").click();
		assertThat(task(page, "Tidy the garage").locator(".tag")).hasText("garage");
		assertThat(form.locator(".error:visible")).hasCount(0);
	}

	@Test
	void aDeleteWaitsForItsUndoAndIsSentWhenTheWindowPassesOrThePageIsLeft() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var kept = api.createId(user, Map.of("title", "Keep the receipts"));
		var deleted = api.createId(user, Map.of("title", "Cancel the gym"));
		var left = api.createId(user, Map.of("title", "Return the library books"));
		page.reload();
		assertThat(items(page)).hasCount(3);

		button(task(page, "Keep the receipts"), "Delete").click();
		assertThat(task(page, "Keep the receipts")).isHidden();
		assertThat(page.getByText("Deleted “Keep the receipts”.")).isVisible();
		assertThat(button(page, "Undo")).isFocused();
		button(page, "Undo").click();
		assertThat(task(page, "Keep the receipts")).isVisible();
		assertThat(button(task(page, "Keep the receipts"), "Delete")).isFocused();

		button(task(page, "Cancel the gym"), "Delete").click();
		assertThat(task(page, "Cancel the gym")).isHidden();
		// Nothing is sent while it can be undone.
		assertThat(exists(api, user, deleted)).isTrue();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(exists(api, user, deleted)).isFalse());
		// The undone one's window passed before this one's: it is still there.
		assertThat(exists(api, user, kept)).isTrue();
		assertThat(page.getByText("Deleted “Cancel the gym”.")).isHidden();

		button(task(page, "Return the library books"), "Delete").click();
		assertThat(task(page, "Return the library books")).isHidden();
		page.navigate(browsers.base() + "/tasks?q=receipts");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(exists(api, user, left)).isFalse());
		assertThat(exists(api, user, kept)).isTrue();
	}

	@Test
	void slashFocusesTheSearchAndNOpensQuickAdd() {
		var page = browsers.signIn(Browsers.newName("alice"));
		page.locator("h1").click();
		page.keyboard().press("/");
		assertThat(page.getByLabel("Search tasks")).isFocused();
		assertThat(page.getByLabel("Search tasks")).isEmpty();
		page.keyboard().press("Escape");
		page.locator("h1").click();
		page.keyboard().press("n");
		assertThat(page.getByLabel("Task title")).isFocused();
		assertThat(page.getByLabel("Task title")).isEmpty();
		page.keyboard().type("Call the plumber");
		page.keyboard().press("Enter");
		assertThat(task(page, "Call the plumber")).isVisible();
	}

	@Test
	void aChangeWithoutTheCsrfHeaderIsRefused() {
		var name = Browsers.newName("alice");
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var id = api.createId(user, Map.of("title", "Keep me"));

		// The page's own cookies (signed in), but no token: refused before anything is
		// done.
		var request = page.request();
		assertThat(request
			.post(browsers.base() + "/tasks", RequestOptions.create().setForm(FormData.create().set("title", "Forged")))
			.status()).isEqualTo(403);
		assertThat(request.post(browsers.base() + "/tasks/" + id + "/complete").status()).isEqualTo(403);
		assertThat(request.delete(browsers.base() + "/tasks/" + id).status()).isEqualTo(403);
		assertThat(listed(api, user)).extracting(task -> task.get("title") + " " + task.get("status"))
			.containsExactly("Keep me OPEN");
	}

	// The skeleton's helpers, which other screens' tests may use: now in TaskListPage.
	static void add(Page page, String title) {
		TaskListPage.add(page, title);
	}

	static Locator task(Page page, String title) {
		return TaskListPage.task(page, title);
	}

	static Locator tasks(Page page) {
		return TaskListPage.tasks(page);
	}

}
