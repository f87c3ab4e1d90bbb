/**
 * The module's delivery statistics as Micrometer meters, for Prometheus.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
