package io.todoplatform.tasks.domain;

import java.util.List;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A lower-case slug that groups tasks.
 */
@ValueObject
public record Tag(String slug) {

	/** What a slug is made of, as a regular expression for the whole slug. */
	public static final String SLUG_FORM = "[a-z0-9-]{1,32}";

	private static final Pattern SLUG = Pattern.compile(SLUG_FORM);

	/** Offered to every user; users may add their own. */
	public static final List<Tag> PREDEFINED = List
		.of("work", "personal", "shopping", "health", "finance", "learning", "home")
		.stream()
		.map(Tag::new)
		.toList();

	public Tag {
		if (!SLUG.matcher(slug).matches()) {
			throw new InvalidTaskException("tags",
					"'" + slug + "' is not a tag: use 1 to 32 characters of a-z, 0-9 and -");
		}
	}
}
