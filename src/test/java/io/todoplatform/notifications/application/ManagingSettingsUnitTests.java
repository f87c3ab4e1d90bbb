package io.todoplatform.notifications.application;

import static io.todoplatform.notifications.application.ReminderFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.NotificationSettings;
import org.junit.jupiter.api.Test;

/**
 * Where users want their reminders.
 */
class ManagingSettingsUnitTests {

	final InMemorySettings store = new InMemorySettings();

	final ManagingSettings manage = new ManagingSettings(store);

	@Test
	void someoneWhoNeverSavedSettingsHasNoDestinations() {
		assertThat(manage.get(ALICE).block()).isEqualTo(NotificationSettings.none(ALICE));
	}

	@Test
	void savedSettingsAreReadBack() {
		var settings = new NotificationSettings(ALICE, new Destination.Email("alice@example.org"),
				List.of(new Destination.Fcm("phone-token")));

		manage.put(settings).block();

		assertThat(manage.get(ALICE).block()).isEqualTo(settings);
	}

}
