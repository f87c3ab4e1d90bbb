/**
 * Recurrence: recurring tasks computed exactly by RFC 5545, one task per occurrence,
 * moved on as occurrences are done.
 */
@NullMarked
@ApplicationModule(displayName = "Recurrence")
package io.todoplatform.recurrence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
