package io.todoplatform.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.todoplatform.web.TaskListPage.button;
import static io.todoplatform.web.TaskListPage.filters;
import static io.todoplatform.web.TaskListPage.items;
import static io.todoplatform.web.TaskListPage.openFilters;
import static io.todoplatform.web.TaskListPage.task;
import static io.todoplatform.web.TaskListPage.titles;

/**
 * Search, filters, sort and paging of the task list in a real browser: each narrows or
 * orders the list as the API does, the URL says what the list shows (shareable, and the
 * back button goes back to the list before), and a URL the API refuses shows its message.
 */
@ApiTest
class TaskListQueryBrowserTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	/** Four tasks of a new user, on the list. */
	Page fourTasks(String name) {
		var page = browsers.signIn(name);
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var today = LocalDate.now(PARIS);
		api.create(user, Map.of("title", "Water the plants", "priority", "LOW", "tags", List.of("home")));
		api.create(user, Map.of("title", "Repot the plants", "priority", "LOW", "tags", List.of("home")));
		api.create(user, Map.of("title", "Pay the rent", "priority", "VERY_IMPORTANT", "tags",
				List.of("home", "finance"), "dueDate", today.plusDays(2).toString(), "timeZone", "Europe/Paris"));
		api.create(user, Map.of("title", "Plan the team offsite", "priority", "HIGH", "tags", List.of("work"),
				"dueDate", today.plusDays(10).toString(), "timeZone", "Europe/Paris"));
		page.reload();
		assertThat(items(page)).hasCount(4);
		return page;
	}

	@Test
	void searchAndAFilterChipNarrowTheListAndTheUrlAndBackButtonFollow() {
		var name = Browsers.newName("alice");
		var page = fourTasks(name);

		page.getByLabel("Search tasks").fill("plants");
		assertThat(items(page)).hasCount(2);
		assertThat(page).hasURL(Pattern.compile("/tasks\\?q=plants$"));
		assertThat(page.locator("#list .summary")).hasText("2 tasks · best matches first");
		assertThat(page.locator("#list-status")).hasText("2 tasks · best matches first");

		var filters = openFilters(page);
		filters.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Priority")).getByLabel("Low").check();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?q=plants&priority=LOW$"));
		assertThat(page.getByText("Priority: Low")).isVisible();
		assertThat(items(page)).hasCount(2);
		filters.getByLabel("Tags").fill("home");
		filters.getByLabel("Tags").press("Enter");
		assertThat(page).hasURL(Pattern.compile("priority=LOW&tag=home$"));

		page.getByLabel("Search tasks").fill("");
		assertThat(page).hasURL(Pattern.compile("/tasks\\?priority=LOW&tag=home$"));
		assertThat(items(page)).hasCount(2);
		filters.getByLabel("Tags").fill("home, finance");
		filters.getByLabel("Tags").press("Enter");
		assertThat(items(page)).hasCount(0);
		assertThat(page.locator("#list .empty")).hasText("No tasks match these filters.");
		assertThat(page.locator("#list-status")).hasText("No tasks match these filters.");

		button(page, "Remove filter Priority: Low").click();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?tag=home&tag=finance$"));
		assertThat(titles(page)).hasText(new String[] { "Pay the rent" });
		button(page, "Remove filter Tag: finance").click();
		assertThat(items(page)).hasCount(3);
		assertThat(filters.getByLabel("Tags")).hasValue("home");

		page.goBack();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?tag=home&tag=finance$"));
		assertThat(titles(page)).hasText(new String[] { "Pay the rent" });
		assertThat(filters(page).getByLabel("Tags")).hasValue("home, finance");
		page.goBack();
		assertThat(items(page)).hasCount(0);
		assertThat(filters(page).getByLabel("Low")).isChecked();
		page.goBack();
		page.goBack();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?q=plants&priority=LOW&tag=home$"));
		assertThat(page.getByLabel("Search tasks")).hasValue("plants");
		assertThat(items(page)).hasCount(2);
		page.goForward();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?priority=LOW&tag=home$"));
		assertThat(page.getByLabel("Search tasks")).isEmpty();

		// Shared: the same address shows the same list in another browser.
		var again = browsers.signIn(name);
		again.navigate(page.url());
		assertThat(titles(again)).hasText(new String[] { "Water the plants", "Repot the plants" });
		assertThat(again.getByText("Priority: Low")).isVisible();
	}

	@Test
	void sortOrdersByOneKeyOrSeveralAndDueFiltersNarrowByDay() {
		var name = Browsers.newName("alice");
		var page = fourTasks(name);
		assertThat(titles(page))
			.hasText(new String[] { "Pay the rent", "Plan the team offsite", "Water the plants", "Repot the plants" });

		page.getByLabel("Sort by").selectOption("Title, A to Z");
		assertThat(page).hasURL(Pattern.compile("/tasks\\?sort=title%2Casc$"));
		assertThat(titles(page))
			.hasText(new String[] { "Pay the rent", "Plan the team offsite", "Repot the plants", "Water the plants" });
		page.getByLabel("Sort by").selectOption("Title, Z to A");
		assertThat(titles(page))
			.hasText(new String[] { "Water the plants", "Repot the plants", "Plan the team offsite", "Pay the rent" });

		page.getByLabel("Sort by").selectOption("Priority, lowest first");
		page.getByLabel("Then by").selectOption("Title, A to Z");
		assertThat(page).hasURL(Pattern.compile("sort=priority%2Casc&sort=title%2Casc$"));
		assertThat(titles(page))
			.hasText(new String[] { "Repot the plants", "Water the plants", "Plan the team offsite", "Pay the rent" });

		var today = LocalDate.now(PARIS);
		var filters = openFilters(page);
		filters.getByLabel("Due from").fill(today.plusDays(1).toString());
		filters.getByLabel("Due to").fill(today.plusDays(5).toString());
		assertThat(titles(page)).hasText(new String[] { "Pay the rent" });
		assertThat(page).hasURL(Pattern.compile("dueFrom=" + today.plusDays(1) + "T00%3A00%3A00%2B0[12]%3A00&dueTo="
				+ today.plusDays(5) + "T23%3A59%3A59.999%2B0[12]%3A00"));
		assertThat(page
			.getByText("Due to " + today.plusDays(5).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK))))
			.isVisible();

		// The page reads its own URL back: the same days in the fields.
		page.reload();
		assertThat(openFilters(page).getByLabel("Due from")).hasValue(today.plusDays(1).toString());
		assertThat(titles(page)).hasText(new String[] { "Pay the rent" });
		assertThat(page.getByLabel("Then by")).hasValue("title,asc");
	}

	@Test
	void pagesAreLinkedAndTheirUrlsRestoreThem() {
		var page = fourTasks(Browsers.newName("alice"));
		page.navigate(browsers.base() + "/tasks?sort=title&size=3");
		assertThat(titles(page)).hasText(new String[] { "Pay the rent", "Plan the team offsite", "Repot the plants" });
		assertThat(page.getByText("Page 1 of 2")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
		assertThat(page).hasURL(Pattern.compile("/tasks\\?sort=title&size=3&page=1$"));
		assertThat(titles(page)).hasText(new String[] { "Water the plants" });
		page.goBack();
		assertThat(titles(page)).hasText(new String[] { "Pay the rent", "Plan the team offsite", "Repot the plants" });
		// Filtering starts again at the first page, and keeps the page size.
		page.getByLabel("Search tasks").fill("the");
		assertThat(page).hasURL(Pattern.compile("/tasks\\?q=the&sort=title%2Casc&size=3$"));
	}

	@Test
	void aFilterTheApiRefusesShowsItsMessageAndCanBeRemoved() {
		var page = fourTasks(Browsers.newName("alice"));
		page.navigate(browsers.base() + "/tasks?dueFrom=yesterday");
		assertThat(page.getByRole(AriaRole.ALERT))
			.containsText("dueFrom: 'yesterday' is not an RFC 3339 instant like 2026-12-01T09:00:00Z");
		assertThat(items(page)).hasCount(0);
		button(page, "Remove filter Due from yesterday").click();
		assertThat(items(page)).hasCount(4);
		assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
		assertThat(page).hasURL(Pattern.compile("/tasks$"));

		page.navigate(browsers.base() + "/tasks?priority=URGENT&size=500");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("'URGENT' is not one of");
		page.navigate(browsers.base() + "/tasks?size=500");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("size: must be between 1 and 100");
		assertThat(task(page, "Pay the rent")).hasCount(0);
	}

}
