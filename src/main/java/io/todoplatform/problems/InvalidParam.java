package io.todoplatform.problems;

/**
 * One offending part of a request, as listed in a problem's {@code invalid-params}.
 *
 * @param name the field or parameter, e.g. {@code title} or {@code tags[2]}
 * @param reason what is wrong with it
 */
public record InvalidParam(String name, String reason) {
}
