/**
 * What the notifications module needs: its reminders and settings stored, jobs scheduled,
 * notices sent, events published.
 */
@NullMarked
@SecondaryPort
package io.todoplatform.notifications.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
