package io.todoplatform.web;

import java.util.List;

import io.todoplatform.identity.BrowserPages;
import io.todoplatform.identity.EnableBrowserSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths of the web UI, which the identity module guards as browser pages (session,
 * CSRF) rather than API routes (bearer tokens). Each screen's controller serves paths
 * under one of these. Their sessions are shared by every replica of the app-id.
 */
@Configuration(proxyBeanMethods = false)
@EnableBrowserSessions
class WebUi {

	@Bean
	BrowserPages webPages() {
		return new BrowserPages(List.of("/", "/tasks", "/tasks/**", "/series", "/series/**", "/reminders",
				"/reminders/**", "/settings", "/settings/**", "/chat", "/chat/**", BrowserPages.SIGN_IN,
				BrowserPages.SIGN_OUT, "/oauth2/**", "/login/oauth2/**"), List.of("/ui/**", "/webjars/htmx.org/**"));
	}

}
