package io.todoplatform.tasks.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The distinct tags of one task, kept in a stable order.
 */
@ValueObject
public record Tags(SortedSet<String> slugs) {

	public static final int MAX_PER_TASK = 20;

	public static final Tags NONE = new Tags(new TreeSet<>());

	public Tags {
		slugs.forEach(Tag::new);
		if (slugs.size() > MAX_PER_TASK) {
			throw new InvalidTaskException("tags", "a task has at most " + MAX_PER_TASK + " tags");
		}
		slugs = Collections.unmodifiableSortedSet(new TreeSet<>(slugs));
	}

	public static Tags of(Collection<@Nullable String> slugs) {
		if (slugs.stream().anyMatch(Objects::isNull)) {
			throw new InvalidTaskException("tags", "a tag must not be null");
		}
		return new Tags(new TreeSet<>(slugs));
	}
}
