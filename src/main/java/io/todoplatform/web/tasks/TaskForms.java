package io.todoplatform.web.tasks;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the list's forms start with: the options of their controls, an empty quick add and
 * no messages. A refused quick add replaces the last two.
 */
@ControllerAdvice(basePackageClasses = TaskForms.class)
class TaskForms {

	@ModelAttribute("choices")
	Choices choices() {
		return Choices.ALL;
	}

	@ModelAttribute("draft")
	QuickAdd draft() {
		return QuickAdd.EMPTY;
	}

	@ModelAttribute("addErrors")
	Map<String, String> addErrors() {
		return Map.of();
	}

}
