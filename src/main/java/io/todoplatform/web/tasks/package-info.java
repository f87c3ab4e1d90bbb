/**
 * The task list: search, filters, sort and paging; quick add; complete, reopen, delete.
 */
@NullMarked
package io.todoplatform.web.tasks;

import org.jspecify.annotations.NullMarked;
