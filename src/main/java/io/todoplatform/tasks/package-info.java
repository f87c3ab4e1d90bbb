/**
 * Tasks: a user's own tasks with priorities, tags, due times, ranked search, filters and
 * sort.
 */
@NullMarked
@ApplicationModule(displayName = "Tasks")
package io.todoplatform.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
