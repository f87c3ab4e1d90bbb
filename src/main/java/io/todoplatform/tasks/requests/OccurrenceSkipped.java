package io.todoplatform.tasks.requests;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;

/**
 * The owner skipped the open occurrence of a series: its task becomes skipped
 * ({@code recurrence.instance-skipped}).
 */
@Command(namespace = "recurrence", name = "instance-skipped")
public record OccurrenceSkipped(UUID seriesId, String owner, UUID taskId, String occurrence) {
}
