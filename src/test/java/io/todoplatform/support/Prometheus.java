package io.todoplatform.support;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads an app's metrics as Prometheus scrapes them: the text of
 * {@code /actuator/prometheus}, and a sample's value by its name and some of its labels.
 */
public final class Prometheus {

	private Prometheus() {
	}

	/** The text the app answers at {@code /actuator/prometheus}. */
	public static String scrape(WebTestClient web) {
		return web.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The value of the first sample named {@code name} whose labels include
	 * {@code labels} (name, value, name, value ...); empty when there is none.
	 */
	public static OptionalDouble value(String text, String name, String... labels) {
		var wanted = new HashMap<String, String>();
		for (int i = 0; i < labels.length; i += 2) {
			wanted.put(labels[i], labels[i + 1]);
		}
		for (var line : text.split("\n")) {
			if (line.startsWith("#") || !line.startsWith(name)) {
				continue;
			}
			var valueAt = line.lastIndexOf(' ');
			var series = line.substring(0, valueAt);
			var labelsAt = series.indexOf('{');
			var seriesName = labelsAt < 0 ? series : series.substring(0, labelsAt);
			if (seriesName.equals(name)
					&& labelsOf(labelsAt < 0 ? "" : series.substring(labelsAt + 1, series.length() - 1)).entrySet()
						.containsAll(wanted.entrySet())) {
				return OptionalDouble.of(Double.parseDouble(line.substring(valueAt + 1)));
			}
		}
		return OptionalDouble.empty();
	}

	/** {@code a="x",b="y"} as a map; our label values hold no quotes or commas. */
	private static Map<String, String> labelsOf(String labels) {
		var found = new HashMap<String, String>();
		for (var label : labels.split(",")) {
			var equals = label.indexOf('=');
			if (equals > 0) {
				found.put(label.substring(0, equals), label.substring(equals + 2, label.length() - 1));
			}
		}
		return found;
	}

}
