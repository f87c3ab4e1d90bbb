/**
 * Recurring series after RFC 5545: rules, their start and exception dates, and the
 * occurrences they produce.
 */
@NullMarked
@DomainLayer
package io.todoplatform.recurrence.domain;

import org.jmolecules.architecture.layered.DomainLayer;
import org.jspecify.annotations.NullMarked;
