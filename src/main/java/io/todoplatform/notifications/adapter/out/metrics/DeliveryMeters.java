package io.todoplatform.notifications.adapter.out.metrics;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.DeliveryStatistics;
import org.springframework.stereotype.Component;

/**
 * {@code todo.reminders.lateness} (timer with a histogram, tag {@code channel}: from a
 * reminder's fire time to its delivery) and {@code todo.reminders.deliveries} (counter,
 * tags {@code channel}, {@code outcome}: {@code sent}, {@code failed}, {@code retried}).
 * The channels are the configured ones ({@code email}, {@code webhook}, {@code fcm});
 * each of their series exists from the start, at 0.
 */
@Component
class DeliveryMeters implements DeliveryStatistics {

	private static final List<String> OUTCOMES = List.of("sent", "failed", "retried");

	private final MeterRegistry meters;

	DeliveryMeters(MeterRegistry meters, List<Channel> channels) {
		this.meters = meters;
		channels.forEach(channel -> {
			lateness(channel.name());
			OUTCOMES.forEach(outcome -> deliveries(channel.name(), outcome));
		});
	}

	@Override
	public void sent(String channel, Duration late) {
		lateness(channel).record(late.isNegative() ? Duration.ZERO : late);
		deliveries(channel, "sent").increment();
	}

	@Override
	public void retried(String channel) {
		deliveries(channel, "retried").increment();
	}

	@Override
	public void failed(String channel) {
		deliveries(channel, "failed").increment();
	}

	private Timer lateness(String channel) {
		return Timer.builder("todo.reminders.lateness")
			.description("Time from a reminder's fire time to its delivery through the channel")
			.tag("channel", channel)
			.publishPercentileHistogram()
			// A trigger that waits for a failed sidecar or a busy delivery comes minutes
			// late.
			.maximumExpectedValue(Duration.ofMinutes(15))
			.register(meters);
	}

	private Counter deliveries(String channel, String outcome) {
		return Counter.builder("todo.reminders.deliveries")
			.description("Attempts to deliver reminders, by channel and outcome")
			.tags("channel", channel, "outcome", outcome)
			.register(meters);
	}

}
