/**
 * Reminders: the rules a user puts on a task and the instants they fire at.
 */
@NullMarked
package io.todoplatform.notifications.domain;

import org.jspecify.annotations.NullMarked;
