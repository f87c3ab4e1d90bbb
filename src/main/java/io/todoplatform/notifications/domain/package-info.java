/**
 * Reminders as delivered: where a user is reached and what a reminder tells them. When
 * reminders fire is decided by tasks and arrives in task events.
 */
@NullMarked
@DomainLayer
package io.todoplatform.notifications.domain;

import org.jmolecules.architecture.layered.DomainLayer;
import org.jspecify.annotations.NullMarked;
