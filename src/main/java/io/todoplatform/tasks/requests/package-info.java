/**
 * What a recurring series may ask of the tasks module: requests that tasks defines and
 * the recurrence module sends ({@code recurrence.*} events on the wire). Tasks owns them
 * because tasks carries them out; were they recurrence's events, tasks and recurrence
 * would depend on each other (ADR 0026).
 */
@NullMarked
@NamedInterface("requests")
package io.todoplatform.tasks.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
