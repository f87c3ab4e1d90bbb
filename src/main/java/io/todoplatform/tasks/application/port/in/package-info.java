/**
 * What the tasks module offers its driving adapters: the use cases and their commands and
 * queries.
 */
@NullMarked
@PrimaryPort
package io.todoplatform.tasks.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
