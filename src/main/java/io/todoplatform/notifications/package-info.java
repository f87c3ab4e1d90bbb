/**
 * Notifications: reminders on tasks, scheduled without polling and delivered by email and push (issue 5; so far its
 * domain only).
 */
@NullMarked
@ApplicationModule(displayName = "Notifications")
package io.todoplatform.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
