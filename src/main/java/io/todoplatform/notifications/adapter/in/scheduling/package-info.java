/**
 * What triggers deliveries: Dapr job triggers on {@code POST /job/{name}}, the local
 * mode's timers, and arming at start-up.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.notifications.adapter.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
