package io.todoplatform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A browser session as {@link StoredSessions} reads and writes it: Spring Session's
 * {@link MapSession} plus what changed since it was read, so that a save writes only the
 * attributes this request set or removed (and two requests of one session at once keep
 * each other's changes).
 */
final class StoredSession implements Session {

	private final MapSession session;

	/** The id it is stored under; none while it has never been saved. */
	private @Nullable String storedId;

	/** When it was last marked used in the table. */
	private final Instant touched;

	private final Set<String> changed = new HashSet<>();

	private StoredSession(MapSession session, @Nullable String storedId) {
		this.session = session;
		this.storedId = storedId;
		this.touched = session.getLastAccessedTime();
	}

	static StoredSession created(Duration maxInactive) {
		var session = new MapSession();
		session.setMaxInactiveInterval(maxInactive);
		return new StoredSession(session, null);
	}

	/** A session as read, with no change yet. */
	static StoredSession read(String id, Instant created, Instant lastAccessed, Duration maxInactive,
			Map<String, Object> attributes) {
		var session = new MapSession(id);
		session.setCreationTime(created);
		session.setLastAccessedTime(lastAccessed);
		session.setMaxInactiveInterval(maxInactive);
		attributes.forEach(session::setAttribute);
		return new StoredSession(session, id);
	}

	/** The id it is stored under, none when it is new. */
	@Nullable String storedId() {
		return storedId;
	}

	/**
	 * The attributes set since it was read (a value) or removed (null); all of them for a
	 * new session.
	 */
	Map<String, @Nullable Object> changes() {
		var changes = new HashMap<String, @Nullable Object>();
		(storedId == null ? session.getAttributeNames() : changed)
			.forEach(name -> changes.put(name, session.getAttribute(name)));
		return changes;
	}

	/**
	 * Whether saving it would change nothing but its last use, which the table already
	 * has as of this moment or later.
	 */
	boolean unchangedSince(Instant moment) {
		return storedId != null && storedId.equals(session.getId()) && changed.isEmpty() && !touched.isBefore(moment);
	}

	/** Now stored as it is: its id, and no change left to write. */
	void saved() {
		storedId = session.getId();
		changed.clear();
	}

	@Override
	public String getId() {
		return session.getId();
	}

	@Override
	public String changeSessionId() {
		return session.changeSessionId();
	}

	@Override
	public <T> @Nullable T getAttribute(String name) {
		return session.getAttribute(name);
	}

	@Override
	public Set<String> getAttributeNames() {
		return session.getAttributeNames();
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		session.setAttribute(name, value);
		changed.add(name);
	}

	@Override
	public void removeAttribute(String name) {
		session.removeAttribute(name);
		changed.add(name);
	}

	@Override
	public Instant getCreationTime() {
		return session.getCreationTime();
	}

	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		session.setLastAccessedTime(lastAccessedTime);
	}

	@Override
	public Instant getLastAccessedTime() {
		return session.getLastAccessedTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		session.setMaxInactiveInterval(interval);
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return session.getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return session.isExpired();
	}

}
