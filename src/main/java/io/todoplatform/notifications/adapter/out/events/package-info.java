/**
 * The module's {@code alert.*} events, through its outbox.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.events;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
