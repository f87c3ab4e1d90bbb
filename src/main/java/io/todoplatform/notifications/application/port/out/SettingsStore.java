package io.todoplatform.notifications.application.port.out;

import io.todoplatform.notifications.domain.NotificationSettings;
import reactor.core.publisher.Mono;

/**
 * Users' notification settings.
 */
public interface SettingsStore {

	/** Empty when the user never saved settings. */
	Mono<NotificationSettings> find(String owner);

	Mono<NotificationSettings> save(NotificationSettings settings);

}
