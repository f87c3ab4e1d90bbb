/**
 * Notifications: the reminders of tasks, armed on a scheduler (timers in memory, or Dapr
 * Jobs) and delivered by email, signed webhook and Firebase Cloud Messaging; each user's
 * settings, and snoozing.
 */
@NullMarked
@ApplicationModule(displayName = "Notifications")
package io.todoplatform.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
