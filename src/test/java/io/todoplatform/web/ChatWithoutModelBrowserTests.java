package io.todoplatform.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.todoplatform.support.ApiTest;
import io.todoplatform.support.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Without a chat model (the tests' shared application has none) there is no Chat link,
 * and {@code /chat} says the chat is not configured.
 */
@ApiTest
class ChatWithoutModelBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void theChatSaysItIsNotConfiguredAndNoLinkLeadsThere() {
		var page = browsers.signIn(Browsers.newName("alice"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat"))).hasCount(0);
		var response = page.navigate(browsers.base() + "/chat");
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The chat is not configured")))
			.isVisible();
		assertThat(page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
		Browsers.accessible(page);
	}

}
