/**
 * What the recurrence module offers its driving adapters.
 */
@NullMarked
@PrimaryPort
package io.todoplatform.recurrence.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
