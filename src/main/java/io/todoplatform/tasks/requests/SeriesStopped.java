package io.todoplatform.tasks.requests;

import java.util.UUID;

import org.jmolecules.architecture.cqrs.Command;
import org.jspecify.annotations.Nullable;

/**
 * A series makes no more occurrences; its open one goes too when the owner asked for that
 * and it is still open ({@code recurrence.series-stopped}).
 */
@Command(namespace = "recurrence", name = "series-stopped")
public record SeriesStopped(UUID seriesId, String owner, @Nullable UUID openTaskId, boolean deleteOpenInstance) {
}
