/**
 * Task events as the records of {@code tasks.events}, written to the tasks outbox.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.tasks.adapter.out.events;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
