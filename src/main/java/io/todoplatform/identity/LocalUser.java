package io.todoplatform.identity;

import java.io.Serializable;
import java.time.ZoneId;

/**
 * The principal of a local-mode browser session: the user name and the time zone the
 * browser reported when signing in. Kept in the session (so serializable); the token is
 * issued from it on demand, never stored where it could outlive the key.
 */
record LocalUser(String name, ZoneId zone) implements Serializable {

	@Override
	public String toString() {
		return name;
	}

}
