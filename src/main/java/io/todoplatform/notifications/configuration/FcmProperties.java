package io.todoplatform.notifications.configuration;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where reminders are pushed to devices: Firebase Cloud Messaging's HTTP v1 API, the
 * Firebase project that sends them, and the key of a Google service account allowed to
 * send in it. Without a project id or a key, push reminders are off; a value that is set
 * but wrong stops the start.
 * <p>
 * Bound as part of the module's settings ({@link NotificationProperties}), and so only in
 * a process that runs the module.
 *
 * @param endpoint where the FCM API is; another one only for a test or a proxy
 * @param projectId the Firebase project's id, as in the Firebase console's project
 * settings
 * @param credentialsFile a Google service-account key (JSON) with the Firebase Cloud
 * Messaging API Admin role
 */
public record FcmProperties(@DefaultValue("https://fcm.googleapis.com") URI endpoint, @Nullable String projectId,
		@Nullable Path credentialsFile) {

	/**
	 * Google Cloud project ids, optionally scoped to a domain
	 * ({@code example.com:project}).
	 */
	private static final Pattern PROJECT_ID = Pattern.compile("([a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]");

	public FcmProperties {
		var scheme = endpoint.getScheme();
		if (!endpoint.isAbsolute() || endpoint.getHost() == null || endpoint.getQuery() != null
				|| !("https".equals(scheme) || "http".equals(scheme))) {
			throw new IllegalArgumentException(
					"todo.notifications.fcm.endpoint must be an absolute http(s) URI without a query, not " + endpoint);
		}
		projectId = projectId == null || projectId.isBlank() ? null : projectId.strip();
		if (projectId != null && !PROJECT_ID.matcher(projectId).matches()) {
			throw new IllegalArgumentException(
					"todo.notifications.fcm.project-id is not a Firebase project id: " + projectId);
		}
		credentialsFile = credentialsFile == null || credentialsFile.toString().isBlank() ? null : credentialsFile;
		if (credentialsFile != null && !Files.isReadable(credentialsFile)) {
			throw new IllegalArgumentException(
					"todo.notifications.fcm.credentials-file: cannot read " + credentialsFile.toAbsolutePath());
		}
	}

	public boolean configured() {
		return projectId != null && credentialsFile != null;
	}

	/** {@code POST} here sends one message. */
	public URI messages() {
		var base = endpoint.toString().replaceAll("/+$", "");
		return URI.create(base + "/v1/projects/" + projectId + "/messages:send");
	}
}
