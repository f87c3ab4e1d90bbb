package io.todoplatform.web.tasks;

/**
 * A filter in force, shown as a chip: removing it removes this one value of this
 * parameter.
 */
public record FilterChip(String label, String name, String value) {
}
