/**
 * The recurrence REST API: occurrence previews and recurring tasks.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.recurrence.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
