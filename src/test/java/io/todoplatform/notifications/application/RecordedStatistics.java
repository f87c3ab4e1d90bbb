package io.todoplatform.notifications.application;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.todoplatform.notifications.application.port.out.DeliveryStatistics;

/** Keeps every statistic a delivery reports, as {@code channel outcome} lines. */
class RecordedStatistics implements DeliveryStatistics {

	private final List<String> reported = new CopyOnWriteArrayList<>();

	private final List<Duration> lateness = new CopyOnWriteArrayList<>();

	@Override
	public void sent(String channel, Duration late) {
		reported.add(channel + " sent");
		lateness.add(late);
	}

	@Override
	public void retried(String channel) {
		reported.add(channel + " retried");
	}

	@Override
	public void failed(String channel) {
		reported.add(channel + " failed");
	}

	List<String> reported() {
		return reported;
	}

	List<Duration> lateness() {
		return lateness;
	}

}
