package io.todoplatform.web.tasks;

import java.util.List;

import io.todoplatform.web.Choice;

/** The options the list's controls offer, for the templates. */
public record Choices(List<Choice> priorities, List<Choice> statuses, List<Choice> sorts) {

	static final Choices ALL = new Choices(Choice.PRIORITIES, Choice.STATUSES, Choice.SORTS);

}
