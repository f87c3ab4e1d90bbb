package io.todoplatform.notifications.domain;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Where a user wants their reminders: an email address and push endpoints. Without
 * settings nothing is sent, but reminders are still recorded.
 */
@ValueObject
public record NotificationSettings(String owner, Destination.@Nullable Email email, List<Destination> push) {

	public static final int MOST_PUSH_ENDPOINTS = 10;

	public NotificationSettings {
		push = List.copyOf(push);
	}

	public static NotificationSettings none(String owner) {
		return new NotificationSettings(owner, null, List.of());
	}

	/** Every destination a reminder goes to. */
	public List<Destination> destinations() {
		var all = new ArrayList<Destination>();
		if (email != null) {
			all.add(email);
		}
		all.addAll(push);
		return all;
	}
}
