package io.todoplatform.web.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's priorities (those of tasks and of the occurrences a series makes) with the
 * words the pages use for them.
 */
final class Priorities {

	static final Map<String, String> ALL = labels();

	private Priorities() {
	}

	static String label(String priority) {
		return ALL.getOrDefault(priority, priority);
	}

	private static Map<String, String> labels() {
		var labels = new LinkedHashMap<String, String>();
		labels.put("VERY_IMPORTANT", "Very important");
		labels.put("HIGH", "High");
		labels.put("MEDIUM", "Medium");
		labels.put("LOW", "Low");
		return Collections.unmodifiableMap(labels);
	}

}
