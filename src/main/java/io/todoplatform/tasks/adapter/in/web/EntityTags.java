package io.todoplatform.tasks.adapter.in.web;

import java.util.regex.Pattern;

import io.todoplatform.tasks.application.port.in.TaskVersionMismatchException;
import io.todoplatform.tasks.domain.Task;
import org.jspecify.annotations.Nullable;

/**
 * A task's ETag is its version, so {@code If-Match} is optimistic locking over HTTP.
 */
final class EntityTags {

	private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

	private EntityTags() {
	}

	static String of(Task task) {
		return "\"" + task.version() + "\"";
	}

	/**
	 * The version an {@code If-Match} header demands, or {@code null} for none or
	 * {@code *}. A header that names no version of ours can never match, and fails as a
	 * version mismatch.
	 */
	static @Nullable Long expectedVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		var matcher = STRONG.matcher(ifMatch.strip());
		if (!matcher.matches()) {
			throw new TaskVersionMismatchException("If-Match must be * or one strong ETag of this task, like \"3\"");
		}
		return Long.parseLong(matcher.group(1));
	}

}
