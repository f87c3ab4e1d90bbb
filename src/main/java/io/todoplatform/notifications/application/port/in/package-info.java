/**
 * What the notifications module offers: following tasks, delivering due reminders,
 * snoozing, settings.
 */
@NullMarked
@PrimaryPort
package io.todoplatform.notifications.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
