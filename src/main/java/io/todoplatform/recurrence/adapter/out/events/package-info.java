/**
 * Series requests as CloudEvents, written to the recurrence outbox.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.recurrence.adapter.out.events;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
