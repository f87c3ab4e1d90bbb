/**
 * Recurring tasks: the user's series, an editor with a rule builder and a live preview of
 * the next dates, skip and stop, and the tasks a series made.
 */
@NullMarked
package io.todoplatform.web.series;

import org.jspecify.annotations.NullMarked;
