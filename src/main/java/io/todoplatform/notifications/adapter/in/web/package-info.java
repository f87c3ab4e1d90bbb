/**
 * The notifications API ({@code /api/v1/reminders},
 * {@code /api/v1/me/notification-settings}) and the signed snooze page that emails link
 * to.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.notifications.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
