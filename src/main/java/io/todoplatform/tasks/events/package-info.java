/**
 * What the tasks module tells other modules: one past-tense record per task event, each
 * carrying the task after the change ({@code docs/events/task-data.schema.json}).
 */
@NullMarked
@NamedInterface("events")
package io.todoplatform.tasks.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
