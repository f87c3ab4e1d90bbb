package io.todoplatform.tasks.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.todoplatform.tasks.domain.Owner;
import io.todoplatform.tasks.domain.TaskQuery;
import io.todoplatform.tasks.domain.TaskSort;

/**
 * The SQL of a task query: a WHERE clause scoped to the owner, an ORDER BY, and their
 * bind values. User input only ever reaches the database as bind values; the SQL text is
 * built from fixed fragments.
 */
record TaskFilter(String where, String orderBy, Map<String, Object> binds) {

	private static final String SEARCH = "websearch_to_tsquery('english', :text)";

	static TaskFilter of(Owner owner, TaskQuery query, Instant now) {
		var conditions = new ArrayList<String>();
		var binds = new LinkedHashMap<String, Object>();
		conditions.add("owner = :owner");
		binds.put("owner", owner.subject());
		if (query.text() != null) {
			conditions.add("search_vector @@ " + SEARCH);
			binds.put("text", query.text());
		}
		if (query.status() != null) {
			conditions.add("status = :status");
			binds.put("status", query.status().name());
		}
		if (query.seriesId() != null) {
			conditions.add("series_id = :seriesId");
			binds.put("seriesId", query.seriesId());
		}
		if (!query.priorities().isEmpty()) {
			conditions.add("priority = any(:priorities)");
			binds.put("priorities", query.priorities().stream().map(p -> (short) p.urgency()).toArray(Short[]::new));
		}
		if (!query.tags().isEmpty()) {
			conditions.add("tags @> :tags");
			binds.put("tags", query.tags().toArray(String[]::new));
		}
		if (query.dueFrom() != null) {
			conditions.add("due_start >= :dueFrom");
			binds.put("dueFrom", TaskRows.utc(query.dueFrom()));
		}
		if (query.dueTo() != null) {
			conditions.add("due_start <= :dueTo");
			binds.put("dueTo", TaskRows.utc(query.dueTo()));
		}
		if (query.overdue()) {
			conditions.add("status = 'OPEN' and due_deadline < :now");
			binds.put("now", TaskRows.utc(now));
		}
		return new TaskFilter(String.join(" and ", conditions), orderBy(query), binds);
	}

	/**
	 * An explicit sort wins; a search without one is ordered by relevance first. The id
	 * keeps pages stable.
	 */
	private static String orderBy(TaskQuery query) {
		var keys = new ArrayList<String>();
		if (query.sort().isEmpty() && query.text() != null) {
			keys.add("ts_rank(search_vector, " + SEARCH + ") desc");
		}
		var sort = query.sort().isEmpty() ? TaskSort.DEFAULT : query.sort();
		keys.addAll(sort.stream().map(TaskFilter::column).toList());
		keys.add("id");
		return keys.stream().collect(Collectors.joining(", "));
	}

	private static String column(TaskSort sort) {
		var direction = sort.ascending() ? " asc" : " desc";
		return switch (sort.key()) {
			case PRIORITY -> "priority" + direction;
			// Undated tasks come last in both directions.
			case DUE_AT -> "due_start" + direction + " nulls last";
			case CREATED_AT -> "created_at" + direction;
			case UPDATED_AT -> "updated_at" + direction;
			case TITLE -> "lower(title)" + direction + ", title" + direction;
		};
	}
}
