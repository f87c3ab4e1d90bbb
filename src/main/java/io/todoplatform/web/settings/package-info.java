/**
 * Where the user's reminders go: email, webhooks and devices (Firebase Cloud Messaging).
 */
@NullMarked
package io.todoplatform.web.settings;

import org.jspecify.annotations.NullMarked;
