package io.todoplatform.notifications.adapter.out.channels;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.todoplatform.notifications.adapter.out.channels.HttpReceiver.Answer;
import io.todoplatform.notifications.adapter.out.channels.HttpReceiver.Request;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google service account with a fresh RSA key, and the OAuth2 token endpoint that knows
 * it: the endpoint answers a JWT-bearer grant whose assertion that key signed with an
 * access token {@code ya29.token-<n>}, and anything else with {@code invalid_grant}, as
 * Google's does.
 */
final class ServiceAccount {

	static final String EMAIL = "reminders@todo-platform-test.iam.gserviceaccount.com";
	static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private static final KeyPair KEY = rsaKey();

	private static final JsonMapper json = new JsonMapper();

	private final AtomicInteger tokens = new AtomicInteger();

	/**
	 * The key file Google hands out for the account, in PKCS#8 PEM, its tokens fetched at
	 * {@code tokenUri}.
	 */
	String keyFile(String projectId, URI tokenUri) {
		var pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(KEY.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
		var key = new LinkedHashMap<String, String>();
		key.put("type", "service_account");
		key.put("project_id", projectId);
		key.put("private_key_id", "4f1d8c2a9e7b");
		key.put("private_key", pem);
		key.put("client_email", EMAIL);
		key.put("client_id", "104242424242424242424");
		key.put("token_uri", tokenUri.toString());
		return json.writeValueAsString(key);
	}

	Answer tokenEndpoint(Request request) {
		var grant = form(request);
		var assertion = grant.get("assertion");
		if (!JWT_BEARER.equals(grant.get("grant_type")) || assertion == null || claims(assertion) == null) {
			return Answer.json(400, "{\"error\":\"invalid_grant\"}");
		}
		return Answer.json(200, "{\"access_token\":\"ya29.token-" + tokens.incrementAndGet()
				+ "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
	}

	int tokensIssued() {
		return tokens.get();
	}

	static Map<String, String> form(Request request) {
		var form = new LinkedHashMap<String, String>();
		for (var pair : request.text().split("&")) {
			var nameAndValue = pair.split("=", 2);
			form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
					nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return form;
	}

	/**
	 * The claims of a JWT signed with RS256 by the account's key; null if anyone else
	 * signed it.
	 */
	static @Nullable JsonNode claims(String jwt) {
		var parts = jwt.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			var signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(KEY.getPublic());
			signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			var header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
			if (!header.path("alg").asString().equals("RS256")
					|| !signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
				return null;
			}
			return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return null;
		}
	}

	private static KeyPair rsaKey() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
