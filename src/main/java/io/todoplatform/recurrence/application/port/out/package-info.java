/**
 * What the recurrence module needs: storing series and asking the tasks module for
 * occurrences.
 */
@NullMarked
@SecondaryPort
package io.todoplatform.recurrence.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
