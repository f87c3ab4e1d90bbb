package io.todoplatform.notifications.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.todoplatform.notifications.application.port.out.SettingsStore;
import io.todoplatform.notifications.domain.NotificationSettings;
import reactor.core.publisher.Mono;

/**
 * Users' notification settings, in memory.
 */
class InMemorySettings implements SettingsStore {

	private final Map<String, NotificationSettings> saved = new ConcurrentHashMap<>();

	NotificationSettings given(NotificationSettings settings) {
		saved.put(settings.owner(), settings);
		return settings;
	}

	@Override
	public Mono<NotificationSettings> find(String owner) {
		return Mono.fromSupplier(() -> saved.get(owner));
	}

	@Override
	public Mono<NotificationSettings> save(NotificationSettings settings) {
		return Mono.fromSupplier(() -> given(settings));
	}

}
