package io.todoplatform.notifications.application;

import io.todoplatform.notifications.application.port.in.ManageSettings;
import io.todoplatform.notifications.application.port.out.SettingsStore;
import io.todoplatform.notifications.domain.NotificationSettings;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
class ManagingSettings implements ManageSettings {

	private final SettingsStore store;

	ManagingSettings(SettingsStore store) {
		this.store = store;
	}

	@Override
	public Mono<NotificationSettings> get(String owner) {
		return store.find(owner).defaultIfEmpty(NotificationSettings.none(owner));
	}

	@Override
	public Mono<NotificationSettings> put(NotificationSettings settings) {
		return store.save(settings);
	}

}
