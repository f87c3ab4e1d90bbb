/**
 * The channels reminders go out on: email over SMTP, webhooks signed with the user's
 * secret, and Firebase Cloud Messaging to the user's devices.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.channels;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
