/**
 * The user's reminders: what is scheduled and what was sent, and snoozing one.
 */
@NullMarked
package io.todoplatform.web.reminders;

import org.jspecify.annotations.NullMarked;
