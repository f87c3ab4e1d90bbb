/**
 * The recurrence use cases, implemented against the module's ports.
 */
@NullMarked
@Application
package io.todoplatform.recurrence.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
