package io.todoplatform.web.tasks;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.todoplatform.web.Choice;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list a page shows, as its URL says it. The parameters are the API's own, passed on
 * as given (every value, so that the API validates them and names what is wrong), which
 * makes a list's URL shareable; empty values are dropped. The page asks for
 * {@link #PAGE_SIZE} tasks unless the URL says otherwise.
 */
public final class ListQuery {

	static final List<String> PARAMETERS = List.of("q", "status", "priority", "tag", "dueFrom", "dueTo", "overdue",
			"sort", "page", "size");

	/** Enough to scroll, small enough to render fast; the API allows up to 100. */
	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final MultiValueMap<String, String> values;

	private ListQuery(MultiValueMap<String, String> values) {
		this.values = values;
	}

	static ListQuery of(MultiValueMap<String, String> params) {
		var values = new LinkedMultiValueMap<String, String>();
		PARAMETERS.forEach(name -> params.getOrDefault(name, List.of())
			.stream()
			.filter(value -> value != null && !value.isBlank())
			.forEach(value -> values.add(name, value)));
		return new ListQuery(values);
	}

	/** The list of the page at this URL (htmx's {@code HX-Current-URL}). */
	static ListQuery ofUrl(@Nullable String url) {
		var params = new LinkedMultiValueMap<String, String>();
		try {
			if (url != null) {
				UriComponentsBuilder.fromUriString(url)
					.build()
					.getQueryParams()
					.forEach((name, encoded) -> encoded.forEach(value -> params.add(name,
							value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8))));
			}
		}
		catch (IllegalArgumentException notAUrl) {
			params.clear();
		}
		return of(params);
	}

	String apiPath() {
		var sized = new LinkedMultiValueMap<>(values);
		sized.putIfAbsent("size", List.of(String.valueOf(PAGE_SIZE)));
		return "/api/v1/tasks" + queryString(sized);
	}

	/** This list's own URL. */
	public String href() {
		return "/tasks" + queryString(values);
	}

	/** The URL of another page of this list. */
	public String pageHref(long page) {
		var paged = new LinkedMultiValueMap<>(values);
		paged.remove("page");
		if (page > 0) {
			paged.add("page", String.valueOf(page));
		}
		return "/tasks" + queryString(paged);
	}

	public @Nullable String q() {
		return values.getFirst("q");
	}

	public @Nullable String status() {
		return values.getFirst("status");
	}

	public boolean priority(String priority) {
		return values.getOrDefault("priority", List.of()).contains(priority);
	}

	/** The tags as the filter's field shows them. */
	public String tags() {
		return String.join(", ", values.getOrDefault("tag", List.of()));
	}

	/** A bound as a date field shows it: the day it falls on where it was chosen. */
	public String dueFrom() {
		return date(values.getFirst("dueFrom"));
	}

	public String dueTo() {
		return date(values.getFirst("dueTo"));
	}

	public boolean overdue() {
		return "true".equals(values.getFirst("overdue"));
	}

	/** The n-th sort key as the sort menus offer it ({@code key,direction}), or "". */
	public String sort(int index) {
		var sort = values.getOrDefault("sort", List.of());
		if (index >= sort.size()) {
			return "";
		}
		var parts = sort.get(index).split(",", 2);
		return parts[0] + "," + (parts.length == 1 ? "asc" : parts[1].toLowerCase(Locale.ROOT));
	}

	public @Nullable String size() {
		return values.getFirst("size");
	}

	/** A search without a sort of its own: the API orders by relevance. */
	public boolean relevance() {
		return q() != null && !values.containsKey("sort");
	}

	/** Whether anything narrows the list: then an empty list says "nothing matches". */
	public boolean narrowed() {
		return q() != null || !chips().isEmpty();
	}

	/** The filters in force, each one removable; all of them must hold. */
	public List<FilterChip> chips() {
		var chips = new ArrayList<FilterChip>();
		add(chips, "status", value -> "Status: " + Choice.label(Choice.STATUSES, value));
		add(chips, "priority", value -> "Priority: " + Choice.label(Choice.PRIORITIES, value));
		add(chips, "tag", value -> "Tag: " + value);
		add(chips, "dueFrom", value -> "Due from " + day(value));
		add(chips, "dueTo", value -> "Due to " + day(value));
		add(chips, "overdue", value -> "true".equals(value) ? "Overdue only" : "Overdue: " + value);
		return chips;
	}

	private void add(List<FilterChip> chips, String name, Function<String, String> label) {
		values.getOrDefault(name, List.of())
			.forEach(value -> chips.add(new FilterChip(label.apply(value), name, value)));
	}

	private static String date(@Nullable String bound) {
		var day = bound == null ? null : localDate(bound);
		return day == null ? "" : day.toString();
	}

	private static String day(String bound) {
		var day = localDate(bound);
		return day == null ? bound : DAY.format(day);
	}

	/**
	 * The page sends a chosen day as its start (or end) with the browser's offset, so the
	 * day is the one the offset gives; an instant in UTC is read in UTC.
	 */
	private static @Nullable LocalDate localDate(String bound) {
		try {
			return OffsetDateTime.parse(bound).toLocalDate();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Instant.parse(bound).atOffset(ZoneOffset.UTC).toLocalDate();
			}
			catch (DateTimeParseException notInstant) {
				return null;
			}
		}
	}

	private static String queryString(MultiValueMap<String, String> values) {
		var pairs = values.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return pairs.isEmpty() ? "" : "?" + pairs;
	}

	/** Form encoding: the server reads a "+" as a space, so a plus sign is %2B. */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return href();
	}

}
