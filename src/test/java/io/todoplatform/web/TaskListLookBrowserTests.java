package io.todoplatform.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.todoplatform.web.TaskListPage.add;
import static io.todoplatform.web.TaskListPage.button;
import static io.todoplatform.web.TaskListPage.items;
import static io.todoplatform.web.TaskListPage.openFilters;
import static io.todoplatform.web.TaskListPage.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the task list looks and reads: a realistic list at desktop and phone sizes (the
 * README's screenshots), checked with axe-core with its filters open, and usable on a
 * phone.
 */
@ApiTest
class TaskListLookBrowserTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void aRealisticListIsAccessibleAtDesktopAndPhoneSizes() {
		// One name no other test uses, which reads well in the screenshots' bar.
		var name = "alex.morgan";
		var desktop = browsers.signIn(name);
		arrange(name);
		desktop.reload();
		assertThat(items(desktop)).hasCount(7);
		var passport = task(desktop, "Renew the passport");
		assertThat(passport.getByText("Overdue")).isVisible();
		assertThat(passport.locator(".badge.priority-VERY_IMPORTANT")).hasText("Very important");
		assertThat(task(desktop, "Water the plants").getByText("Completed")).isVisible();
		Browsers.screenshot(desktop, "tasks", Browsers.DESKTOP);

		openFilters(desktop).getByLabel("Overdue only").check();
		assertThat(items(desktop)).hasCount(1);
		Browsers.accessible(desktop);

		var phone = browsers.signIn(name, Browsers.PHONE);
		assertThat(items(phone)).hasCount(7);
		assertThat(phone.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(Browsers.PHONE.width());
		Browsers.screenshot(phone, "tasks", Browsers.PHONE);
		Browsers.accessible(phone);

		add(phone, "Call the plumber");
		button(task(phone, "Call the plumber"), "Complete").click();
		assertThat(button(task(phone, "Call the plumber"), "Reopen")).isVisible();
		assertThat(phone.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(Browsers.PHONE.width());
	}

	/**
	 * Seven tasks as people have them: priorities, tags, due days and times, one overdue,
	 * one done.
	 */
	void arrange(String name) {
		var api = Api.at(browsers.base());
		var user = api.signIn(name);
		var today = LocalDate.now(PARIS);
		api.create(user, newTask("Renew the passport", "VERY_IMPORTANT", List.of("personal"),
				Map.of("dueDate", today.minusDays(2).toString())));
		api.create(user, newTask("Prepare the quarterly report", "HIGH", List.of("work"),
				Map.of("dueAt", today.plusDays(1).atTime(9, 0).atZone(PARIS).toInstant().toString())));
		api.create(user, newTask("Book a dentist appointment", "HIGH", List.of("health"),
				Map.of("dueDate", today.plusDays(3).toString())));
		api.create(user, newTask("Buy a birthday present for Sam", "MEDIUM", List.of("personal", "shopping"),
				Map.of("dueDate", today.plusDays(5).toString())));
		api.create(user, newTask("Pay the electricity bill", "MEDIUM", List.of("finance", "home"),
				Map.of("dueAt", today.plusDays(8).atTime(18, 0).atZone(PARIS).toInstant().toString())));
		api.create(user, newTask("Read chapter 4 of the Rust book", "LOW", List.of("learning"), Map.of()));
		var plants = api.createId(user, newTask("Water the plants", "LOW", List.of("home"), Map.of()));
		api.web().post().uri("/api/v1/tasks/" + plants + "/complete").headers(user).exchange().expectStatus().isOk();
	}

	private static Map<String, Object> newTask(String title, String priority, List<String> tags,
			Map<String, String> due) {
		var task = new HashMap<String, Object>(
				Map.of("title", title, "priority", priority, "tags", tags, "timeZone", "Europe/Paris"));
		task.putAll(due);
		return task;
	}

}
