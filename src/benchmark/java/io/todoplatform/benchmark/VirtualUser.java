package io.todoplatform.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One simulated user of the load test: a token and the ids of the tasks it created, so
 * that it only reads and changes its own tasks, as a real client would.
 */
final class VirtualUser {

	private final String token;

	private final List<String> tasks = new ArrayList<>();

	private final List<String> openTasks = new ArrayList<>();

	VirtualUser(String token) {
		this.token = token;
	}

	String token() {
		return token;
	}

	synchronized void created(String id) {
		tasks.add(id);
		openTasks.add(id);
	}

	synchronized boolean hasTasks() {
		return !tasks.isEmpty();
	}

	synchronized String anyTask(RandomGenerator random) {
		return tasks.get(random.nextInt(tasks.size()));
	}

	/** An open task, now considered completed; null when none is left. */
	synchronized String takeOpenTask(RandomGenerator random) {
		if (openTasks.isEmpty()) {
			return null;
		}
		var index = random.nextInt(openTasks.size());
		var last = openTasks.removeLast();
		return index == openTasks.size() ? last : openTasks.set(index, last);
	}

}
