/**
 * The reminder scheduler: Dapr Jobs in the distributed mode, timers in memory in the
 * local mode.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.scheduling;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
