package io.todoplatform.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The task list in a real browser: signing in, adding and completing tasks, and what
 * another user sees.
 */
@ApiTest
class TaskListBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void aSignedInUserAddsAndCompletesTasksAndNoOneElseSeesThem() {
		var page = browsers.signIn(base(), Browsers.newName("alice"));
		add(page, "Water the plants");
		add(page, "Pay the rent");
		assertThat(task(page, "Water the plants")).isVisible();

		task(page, "Water the plants").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete"))
			.click();
		assertThat(task(page, "Water the plants").getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Complete")))
			.hasCount(0);
		Browsers.accessible(page);

		var bob = browsers.signIn(base(), Browsers.newName("bob"));
		assertThat(tasks(bob).getByRole(AriaRole.LISTITEM)).hasCount(0);
		assertThat(bob.getByText("No tasks here yet")).isVisible();
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

}
