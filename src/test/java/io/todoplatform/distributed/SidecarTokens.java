package io.todoplatform.distributed;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The two secrets between the replicas of an app-id and their sidecars, made afresh for
 * every topology (ADR 0018): daprd sends {@code appApiToken} on every call to its app
 * ({@code APP_API_TOKEN}), and accepts calls to its own API only with
 * {@code daprApiToken} ({@code DAPR_API_TOKEN}), which the Dapr SDK in the app reads from
 * the same variable.
 */
public record SidecarTokens(String appApiToken, String daprApiToken) {

	private static final SecureRandom random = new SecureRandom();

	static SidecarTokens random() {
		return new SidecarTokens(secret(), secret());
	}

	private static String secret() {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
