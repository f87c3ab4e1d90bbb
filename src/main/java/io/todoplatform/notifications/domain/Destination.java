package io.todoplatform.notifications.domain;

import java.net.URI;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a user receives reminders: an email address, a webhook they run (signed with
 * their secret), or a device registered with Firebase Cloud Messaging. Checked when the
 * user saves their settings.
 */
@ValueObject
public sealed interface Destination {

	/**
	 * Identifies the destination among a user's destinations, without secrets: it keys
	 * delivery records.
	 */
	String key();

	/**
	 * What kind of destination it is, named as the channel that delivers it: email,
	 * webhook, fcm.
	 */
	default String kind() {
		return key().substring(0, key().indexOf(':'));
	}

	record Email(String address) implements Destination {

		@Override
		public String key() {
			return "email:" + address;
		}
	}

	/**
	 * @param secret the key of the HMAC-SHA256 signature the receiver checks
	 */
	record Webhook(URI url, String secret) implements Destination {

		@Override
		public String key() {
			return "webhook:" + url;
		}

		@Override
		public String toString() {
			return "Webhook[url=" + url + "]";
		}
	}

	/**
	 * @param token the FCM registration token of one app installation
	 */
	record Fcm(String token) implements Destination {

		@Override
		public String key() {
			return "fcm:" + token;
		}
	}

}
