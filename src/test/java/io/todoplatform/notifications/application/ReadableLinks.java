package io.todoplatform.notifications.application;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.todoplatform.notifications.application.port.out.Links;
import io.todoplatform.notifications.domain.ReminderId;

/**
 * Links whose signature anyone can read off: the reminder and the firing it snoozes.
 */
class ReadableLinks implements Links {

	static String signature(ReminderId id, Instant fireAt) {
		return "signed-" + id + "-" + fireAt.getEpochSecond();
	}

	@Override
	public URI task(UUID taskId) {
		return URI.create("https://todo.example/tasks/" + taskId);
	}

	@Override
	public URI snooze(ReminderId id, Instant fireAt) {
		return URI.create("https://todo.example/snooze/" + id + "?at=" + fireAt + "&sig=" + signature(id, fireAt));
	}

	@Override
	public boolean signs(ReminderId id, Instant fireAt, String signature) {
		return signature(id, fireAt).equals(signature);
	}

}
