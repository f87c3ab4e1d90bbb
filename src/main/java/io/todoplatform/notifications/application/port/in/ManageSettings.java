package io.todoplatform.notifications.application.port.in;

import io.todoplatform.notifications.domain.NotificationSettings;
import reactor.core.publisher.Mono;

public interface ManageSettings {

	/** The user's settings; empty settings when they never saved any. */
	Mono<NotificationSettings> get(String owner);

	Mono<NotificationSettings> put(NotificationSettings settings);

}
