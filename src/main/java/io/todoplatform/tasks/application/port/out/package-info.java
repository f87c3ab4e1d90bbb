/**
 * What the tasks module needs from the outside: storing and searching tasks.
 */
@NullMarked
@SecondaryPort
package io.todoplatform.tasks.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
