package io.todoplatform.web;

import java.util.regex.Pattern;

/**
 * Ids a page takes from its path are checked before they reach an API path: anything but
 * a UUID is a page that does not exist (404), never a call with a made-up path.
 */
public final class Uuids {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Uuids() {
	}

	public static boolean valid(String id) {
		return UUID.matcher(id).matches();
	}

}
