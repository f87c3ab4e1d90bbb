package io.todoplatform.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.Api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The task list as its tests use it: by the names people and assistive technology use
 * (the accessible names), and the API behind it for the same user.
 */
final class TaskListPage {

	private TaskListPage() {
	}

	static void add(Page page, String title) {
		page.getByLabel("Task title").fill(title);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add task")).click();
		assertThat(task(page, title)).isVisible();
	}

	static Locator task(Page page, String title) {
		return tasks(page).getByRole(AriaRole.LISTITEM, new Locator.GetByRoleOptions().setName(title));
	}

	static Locator tasks(Page page) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tasks").setExact(true));
	}

	/** The items of the list: assert on them with hasCount or hasText (which wait). */
	static Locator items(Page page) {
		return tasks(page).getByRole(AriaRole.LISTITEM);
	}

	/** The titles in the list's order, to hold with hasText(String[]). */
	static Locator titles(Page page) {
		return tasks(page).locator("a.title");
	}

	static Locator button(Locator item, String name) {
		return item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator filters(Page page) {
		return page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Search and filter tasks"));
	}

	/** Opens the filters (a disclosure) unless they are open. */
	static Locator openFilters(Page page) {
		var filters = filters(page);
		var details = filters.locator("details.filters");
		if (details.getAttribute("open") == null) {
			filters.getByText("Filters", new Locator.GetByTextOptions().setExact(true)).click();
		}
		assertThat(filters.getByLabel("Overdue only")).isVisible();
		return filters;
	}

	static Locator quickAdd(Page page) {
		return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a task"));
	}

	/** Whether the API still has this task, for the user it belongs to. */
	static boolean exists(Api api, Api.User user, String id) {
		var status = api.web()
			.get()
			.uri("/api/v1/tasks/" + id)
			.headers(user)
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
		return status == 200;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> listed(Api api, Api.User user) {
		return (List<Map<String, Object>>) api.page(user, "size=100").get("items");
	}

}
