package io.todoplatform.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Markdown table, so results paste straight into docs and pull requests.
 */
final class Table {

	private final List<String> headers;

	private final List<List<String>> rows = new ArrayList<>();

	Table(String... headers) {
		this.headers = List.of(headers);
	}

	Table row(Object... cells) {
		rows.add(List.of(cells).stream().map(String::valueOf).toList());
		return this;
	}

	@Override
	public String toString() {
		var lines = new ArrayList<String>();
		lines.add(line(headers));
		lines.add(line(headers.stream().map(header -> "---").toList()));
		rows.forEach(row -> lines.add(line(row)));
		return String.join("\n", lines) + "\n";
	}

	static String millis(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
	}

	static String decimal(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
	}

	static String percent(double fraction) {
		return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
	}

	/** "PASS" or "FAIL" for a target, so a reader need not compare numbers. */
	static String verdict(boolean met) {
		return met ? "PASS" : "FAIL";
	}

	private static String line(List<String> cells) {
		return cells.stream().collect(Collectors.joining(" | ", "| ", " |"));
	}

}
