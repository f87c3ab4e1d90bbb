package io.todoplatform.tasks.domain;

/**
 * One rule a proposed value breaks, named by the field the user sent.
 */
public record FieldViolation(String field, String message) {
}
