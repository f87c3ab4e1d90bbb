/**
 * Requests from the recurrence module, received as events: create, skip or remove
 * occurrences of a series.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.tasks.adapter.in.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
