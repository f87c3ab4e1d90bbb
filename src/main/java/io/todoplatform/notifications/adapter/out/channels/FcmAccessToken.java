package io.todoplatform.notifications.adapter.out.channels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The OAuth2 access token FCM takes, obtained with a service-account key from the token
 * endpoint the key names and kept until shortly before it expires. The Google library
 * fetches it with blocking I/O, so that runs on {@code boundedElastic}, and without its
 * own retries: the caller of a channel retries. The key is read as a service-account key
 * only: Google marks loading "any" credential file as unsafe for files one does not
 * control, since some kinds make the library call URLs or run programs they name.
 */
final class FcmAccessToken {

	static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

	private final GoogleCredentials credentials;

	private final AtomicBoolean rejected = new AtomicBoolean();

	private FcmAccessToken(GoogleCredentials credentials) {
		this.credentials = credentials;
	}

	static FcmAccessToken of(Path keyFile) {
		try (var key = Files.newInputStream(keyFile)) {
			var account = ServiceAccountCredentials.fromStream(key).createWithCustomRetryStrategy(false);
			return new FcmAccessToken(account.createScoped(List.of(SCOPE)));
		}
		catch (IOException e) {
			throw new IllegalStateException("todo.notifications.fcm.credentials-file: " + keyFile.toAbsolutePath()
					+ " is not a Google service-account key: " + e.getMessage(), e);
		}
	}

	Mono<String> value() {
		return Mono.fromCallable(this::fetch).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * FCM refused the token (401): the next attempt fetches a new one, whatever its
	 * expiry says.
	 */
	void rejected() {
		rejected.set(true);
	}

	private String fetch() throws IOException {
		if (rejected.get()) {
			credentials.refresh();
			rejected.set(false);
		}
		else {
			credentials.refreshIfExpired();
		}
		return credentials.getAccessToken().getTokenValue();
	}

}
