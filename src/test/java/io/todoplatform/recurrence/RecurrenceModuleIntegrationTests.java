package io.todoplatform.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import io.todoplatform.events.CloudEvent;
import io.todoplatform.recurrence.application.port.in.ManageSeries;
import io.todoplatform.recurrence.domain.Anchor;
import io.todoplatform.recurrence.domain.Owner;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.SeriesStart;
import io.todoplatform.recurrence.domain.SeriesTemplate;
import io.todoplatform.support.ModuleTest;
import io.todoplatform.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The recurrence module on its own, with what it depends on: what its use cases ask of
 * the tasks module.
 */
@ModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class RecurrenceModuleIntegrationTests {

	private final ManageSeries manage;

	private final RecordedEvents events;

	RecurrenceModuleIntegrationTests(ManageSeries manage, RecordedEvents events) {
		this.manage = manage;
		this.events = events;
	}

	@Test
	void startingThenSkippingASeriesAsksForOccurrencesAndTheSkip() {
		var owner = new Owner("module-" + UUID.randomUUID());
		var schedule = RecurrenceSchedule.of(RecurrenceRule.parse("FREQ=DAILY"),
				SeriesStart.parse("dtstart", "2026-12-01T09:00:00"), ZoneId.of("Europe/Berlin"), Set.of());
		var series = manage
			.start(owner, SeriesTemplate.of("Water the plants", null, null, null), schedule, Anchor.SCHEDULE)
			.block();

		manage.skip(owner, series.id()).block();

		var published = events.awaitAbout(series.id().toString(), received -> received.size() == 3);
		assertThat(published).extracting(CloudEvent::type)
			.containsExactly("recurrence.instance-due", "recurrence.instance-skipped", "recurrence.instance-due");
		assertThat(published).extracting(event -> event.data().get("occurrence").asString())
			.containsExactly("2026-12-01T09:00:00+01:00", "2026-12-01T09:00:00+01:00", "2026-12-02T09:00:00+01:00");
		assertThat(published.getFirst().data().get("taskId").asString())
			.isEqualTo(published.get(1).data().get("taskId").asString());
		assertThat(published).allSatisfy(event -> assertThat(event.partitionkey()).isEqualTo(owner.subject()));
	}

}
