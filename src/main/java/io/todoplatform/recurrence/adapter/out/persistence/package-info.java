/**
 * Series in the module's own PostgreSQL schema, through R2DBC.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.recurrence.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
