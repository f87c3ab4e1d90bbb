/**
 * Reminders, task snapshots, deliveries and settings in the module's own PostgreSQL
 * schema, through R2DBC.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
