/**
 * The notifications module's settings ({@code todo.notifications.*}), bound once for the
 * module's beans and left out, with the module, of a process whose profile chooses
 * another module.
 */
@NullMarked
package io.todoplatform.notifications.configuration;

import org.jspecify.annotations.NullMarked;
