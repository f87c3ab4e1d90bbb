/**
 * What the scheduling adapters on both sides share, as the two sides of Dapr Jobs share
 * the sidecar: the local mode's timers, which the scheduler arms and which trigger
 * deliveries through the primary adapter, and the name and data of a reminder's Dapr job.
 */
@NullMarked
@Adapter
package io.todoplatform.notifications.adapter.scheduling;

import org.jmolecules.architecture.hexagonal.Adapter;
import org.jspecify.annotations.NullMarked;
