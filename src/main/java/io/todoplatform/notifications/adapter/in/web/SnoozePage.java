package io.todoplatform.notifications.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.todoplatform.notifications.application.port.in.InvalidLinkException;
import io.todoplatform.notifications.application.port.in.ManageReminders;
import io.todoplatform.notifications.application.port.in.ReminderConflictException;
import io.todoplatform.notifications.application.port.in.ReminderNotFoundException;
import io.todoplatform.notifications.domain.InvalidSnoozeException;
import io.todoplatform.notifications.domain.ReminderId;
import io.todoplatform.notifications.domain.ReminderNotSnoozableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The page a snooze link in an email opens. Opening it changes nothing (mail scanners
 * open links): it offers buttons, and only their POST snoozes. No sign-in: the link's
 * signature is the proof.
 */
@RestController
class SnoozePage {

	private static final List<Duration> CHOICES = List.of(Duration.ofMinutes(10), Duration.ofHours(1),
			Duration.ofDays(1));

	static final String PATH = "/notifications/snooze";

	private final ManageReminders manage;

	SnoozePage(ManageReminders manage) {
		this.manage = manage;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> offer(@RequestParam Map<String, String> query) {
		var link = Link.read(query);
		if (link == null || !manage.isSnoozeLink(link.reminder(), link.fireAt(), link.sig())) {
			return page(HttpStatus.BAD_REQUEST, "This snooze link is not valid.");
		}
		var buttons = new StringBuilder();
		for (var choice : CHOICES) {
			buttons.append("<form method=\"post\"><input type=\"hidden\" name=\"reminder\" value=\"")
				.append(link.reminder().id())
				.append("\"><input type=\"hidden\" name=\"at\" value=\"")
				.append(link.fireAt().toEpochMilli())
				.append("\"><input type=\"hidden\" name=\"sig\" value=\"")
				.append(HtmlUtils.htmlEscape(link.sig()))
				.append("\"><input type=\"hidden\" name=\"for\" value=\"")
				.append(choice)
				.append("\"><button type=\"submit\">Snooze ")
				.append(words(choice))
				.append("</button></form>");
		}
		return page(HttpStatus.OK, "Snooze this reminder?" + buttons);
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<String>> snooze(ServerWebExchange exchange) {
		return exchange.getFormData().map(MultiValueMap::toSingleValueMap).flatMap(form -> {
			var link = Link.read(form);
			var duration = parse(form.get("for"));
			if (link == null || duration == null) {
				return Mono.just(page(HttpStatus.BAD_REQUEST, "This snooze link is not valid."));
			}
			return manage.snoozeFiring(link.reminder(), link.fireAt(), link.sig(), duration)
				.map(reminder -> page(HttpStatus.OK,
						"Snoozed: you will be reminded again at " + reminder.fireAt() + " (UTC)."))
				.onErrorResume(InvalidLinkException.class,
						e -> Mono.just(page(HttpStatus.BAD_REQUEST, "This snooze link is not valid.")))
				.onErrorResume(ReminderNotFoundException.class, e -> Mono.just(page(HttpStatus.GONE, e.getMessage())))
				.onErrorResume(
						e -> e instanceof ReminderNotSnoozableException || e instanceof ReminderConflictException,
						e -> Mono.just(page(HttpStatus.CONFLICT, e.getMessage())))
				.onErrorResume(InvalidSnoozeException.class,
						e -> Mono.just(page(HttpStatus.BAD_REQUEST, e.getMessage())));
		});
	}

	/** The signed part of a snooze link. */
	private record Link(ReminderId reminder, Instant fireAt, String sig) {

		static @Nullable Link read(Map<String, String> values) {
			try {
				var sig = values.get("sig");
				return sig == null ? null : new Link(new ReminderId(UUID.fromString(values.get("reminder"))),
						Instant.ofEpochMilli(Long.parseLong(values.get("at"))), sig);
			}
			catch (RuntimeException e) {
				return null;
			}
		}
	}

	private static @Nullable Duration parse(@Nullable String text) {
		try {
			return text == null ? null : Duration.parse(text);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String words(Duration duration) {
		return duration.toDays() > 0 ? "for a day"
				: duration.toHours() > 0 ? "for an hour" : "for " + duration.toMinutes() + " minutes";
	}

	private static ResponseEntity<String> page(HttpStatus status, String body) {
		var html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Todo Platform</title></head><body><p>"
				+ body + "</p></body></html>";
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
	}

}
