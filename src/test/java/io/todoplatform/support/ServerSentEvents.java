package io.todoplatform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A Server-Sent Events stream, read as its events' names and JSON data. */
public record ServerSentEvents(List<String> names, List<Map<String, Object>> data) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@SuppressWarnings("unchecked")
	public static ServerSentEvents of(String stream) {
		var names = new ArrayList<String>();
		var data = new ArrayList<Map<String, Object>>();
		for (var event : stream.split("\n\n")) {
			String name = null;
			String json = null;
			for (var line : event.split("\n")) {
				if (line.startsWith("event:")) {
					name = line.substring("event:".length()).strip();
				}
				else if (line.startsWith("data:")) {
					json = line.substring("data:".length()).strip();
				}
			}
			if (name != null) {
				names.add(name);
				data.add((Map<String, Object>) JSON.readValue(json, Map.class));
			}
		}
		return new ServerSentEvents(names, data);
	}

	/** The data of the first event of that name. */
	public Map<String, Object> data(String name) {
		return data.get(names.indexOf(name));
	}

}
