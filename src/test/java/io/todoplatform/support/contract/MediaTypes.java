package io.todoplatform.support.contract;

import org.springframework.http.MediaType;

final class MediaTypes {

	private MediaTypes() {
	}

	/**
	 * application/json and every +json type, such as application/problem+json and
	 * application/merge-patch+json.
	 */
	static boolean isJson(MediaType type) {
		return "application".equals(type.getType())
				&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
	}

}
