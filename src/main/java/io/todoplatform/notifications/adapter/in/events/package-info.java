/**
 * The events notifications listens to: task events, and its own {@code alert.scheduled}
 * and {@code alert.cancelled}, which arm and disarm the scheduler once the change they
 * report has committed.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.notifications.adapter.in.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
