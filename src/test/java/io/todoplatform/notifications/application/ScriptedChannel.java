package io.todoplatform.notifications.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.notifications.application.port.out.Channel;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.domain.Destination;
import io.todoplatform.notifications.domain.Notice;
import reactor.core.publisher.Mono;

/**
 * A channel for one kind of destination that fails as told: its first attempts time out,
 * or the receiver refuses for good; it keeps what it delivered and counts every attempt.
 */
class ScriptedChannel implements Channel {

	private final String kind;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger attempts = new AtomicInteger();

	private final List<Notice> delivered = new CopyOnWriteArrayList<>();

	private volatile boolean refusing;

	private volatile Runnable whileSending = () -> {
	};

	ScriptedChannel(String kind) {
		this.kind = kind;
	}

	/** The next {@code times} attempts fail as a transient problem would. */
	ScriptedChannel failing(int times) {
		failuresLeft.set(times);
		return this;
	}

	/** Every attempt is refused as undeliverable. */
	ScriptedChannel refusing() {
		refusing = true;
		return this;
	}

	/** Runs while a notice is being sent: something else happens meanwhile. */
	ScriptedChannel whileSending(Runnable meanwhile) {
		whileSending = meanwhile;
		return this;
	}

	int attempts() {
		return attempts.get();
	}

	List<Notice> delivered() {
		return List.copyOf(delivered);
	}

	@Override
	public String name() {
		return kind;
	}

	@Override
	public boolean delivers(Destination destination) {
		return destination.kind().equals(kind);
	}

	@Override
	public Mono<Void> send(Notice notice, Destination destination) {
		return Mono.fromRunnable(() -> {
			attempts.incrementAndGet();
			whileSending.run();
			if (refusing) {
				throw new UndeliverableException(destination.key() + " refused it");
			}
			if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
				throw new IllegalStateException("timed out");
			}
			delivered.add(notice);
		});
	}

}
