/**
 * The task REST API under /api/v1.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.tasks.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
