/**
 * Recurring series after RFC 5545: rules, their start and exception dates, and the occurrences they produce.
 */
@NullMarked
package io.todoplatform.recurrence.domain;

import org.jspecify.annotations.NullMarked;
