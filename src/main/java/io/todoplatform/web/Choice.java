package io.todoplatform.web;

import java.util.List;

/**
 * One option of a select or a group of check boxes: the API's value and the words people
 * read for it.
 */
public record Choice(String value, String label) {

	/**
	 * The API's priorities (of tasks, and of the tasks a series makes), most important
	 * first, as every badge and control names them.
	 */
	public static final List<Choice> PRIORITIES = List.of(new Choice("VERY_IMPORTANT", "Very important"),
			new Choice("HIGH", "High"), new Choice("MEDIUM", "Medium"), new Choice("LOW", "Low"));

	public static final List<Choice> STATUSES = List.of(new Choice("OPEN", "Open"),
			new Choice("COMPLETED", "Completed"), new Choice("SKIPPED", "Skipped"));

	/**
	 * The API's sort keys with a direction each; the empty one is the API's own order.
	 */
	public static final List<Choice> SORTS = List.of(new Choice("priority,desc", "Priority, highest first"),
			new Choice("priority,asc", "Priority, lowest first"), new Choice("dueAt,asc", "Due, soonest first"),
			new Choice("dueAt,desc", "Due, latest first"), new Choice("createdAt,desc", "Created, newest first"),
			new Choice("createdAt,asc", "Created, oldest first"), new Choice("updatedAt,desc", "Updated, latest first"),
			new Choice("updatedAt,asc", "Updated, earliest first"), new Choice("title,asc", "Title, A to Z"),
			new Choice("title,desc", "Title, Z to A"));

	/** The label of a value, or the value itself when it is none of these. */
	public static String label(List<Choice> choices, String value) {
		return choices.stream()
			.filter(choice -> choice.value().equals(value))
			.findFirst()
			.map(Choice::label)
			.orElse(value);
	}

}
