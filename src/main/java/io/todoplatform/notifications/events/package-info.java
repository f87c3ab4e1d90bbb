/**
 * What the notifications module tells about reminders: one past-tense record per
 * {@code alert.*} event, each carrying the reminder after the change
 * ({@code docs/events/alert-data.schema.json}).
 */
@NullMarked
@NamedInterface("events")
package io.todoplatform.notifications.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
