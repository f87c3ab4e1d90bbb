package io.todoplatform.web;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.TodoPlatform;
import io.todoplatform.support.Browsers;
import io.todoplatform.support.ScriptedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The chat panel in a real browser, against the local mode with a scripted
 * OpenAI-compatible model (as {@code ChatIntegrationTests} runs it: an application of its
 * own, since the model's address is known only once it listens).
 */
class ChatBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	static ScriptedModel model;

	static ConfigurableApplicationContext running;

	@BeforeAll
	static void start() throws Exception {
		model = new ScriptedModel();
		running = new SpringApplicationBuilder(TodoPlatform.class).run("--server.port=0",
				"--todo.storage.data-dir=" + Path.of("target/test-data/chat-ui-" + UUID.randomUUID()),
				"--todo.assistant.chat.model=scripted", "--spring.ai.openai.base-url=" + model.baseUrl(),
				"--spring.ai.openai.api-key=test-key", "--todo.limits.per-user.requests=1000000",
				"--todo.limits.per-address.requests=1000000");
	}

	@AfterAll
	static void stop() {
		running.close();
		model.close();
	}

	static String base() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) running).getWebServer().getPort();
	}

	@Test
	void aMessageGetsTheAnswerAndTheToolCallsAreShownTheConversationGoesOnAndIsDeleted() {
		var page = browsers.signIn(base(), Browsers.newName("alice"));
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chat"))
			.click();
		send(page, "Add Pay the rent");
		var turn = messages(page).getByRole(AriaRole.LISTITEM).first();
		assertThat(turn.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Tools used for message 1")))
			.containsText("add_task");
		assertThat(turn).containsText("(title: Pay the rent)");
		assertThat(turn.locator(".assistant")).containsText("Done: ");
		assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Conversations"))
			.getByRole(AriaRole.LISTITEM, new Locator.GetByRoleOptions().setName("Add Pay the rent"))).isVisible();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/chat/[0-9a-f-]{36}$"));

		// The tool did act: the task is in the list.
		page.navigate(base() + "/tasks");
		assertThat(page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Pay the rent"))).isVisible();
		page.goBack();

		send(page, "Thanks");
		assertThat(messages(page).locator(":scope > li")).hasCount(2);
		assertThat(messages(page).locator(":scope > li").nth(1).locator(".assistant")).containsText("Hello");
		Browsers.accessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete conversation")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New conversation")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Conversations"))).hasCount(0);
	}

	@Test
	void thePanelAtDesktopAndPhoneSizes() {
		for (var size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
			var page = browsers.signIn(base(), Browsers.newName("bea"), size);
			page.navigate(base() + "/chat");
			send(page, "Add Water the plants");
			send(page, "Thanks!");
			Browsers.accessible(page);
			page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }");
			Browsers.screenshot(page, "chat", size);
		}
	}

	static void send(Page page, String message) {
		var before = page.locator(".turns > li").count();
		page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill(message);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
		// The model answers (here a script, over HTTP) and the tools run: more than a
		// moment on a busy machine.
		assertThat(page.locator(".turns > li")).hasCount(before + 1,
				new LocatorAssertions.HasCountOptions().setTimeout(30_000));
	}

	static Locator messages(Page page) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
	}

}
