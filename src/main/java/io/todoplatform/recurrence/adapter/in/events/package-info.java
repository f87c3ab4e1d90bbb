/**
 * Task events that move series on: an occurrence completed or deleted.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.recurrence.adapter.in.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
