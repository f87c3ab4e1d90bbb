/**
 * The tasks use cases, implemented against the module's ports.
 */
@NullMarked
@Application
package io.todoplatform.tasks.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
