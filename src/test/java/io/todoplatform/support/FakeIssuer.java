package io.todoplatform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OIDC issuer in the test JVM, on another origin than the app ({@code localhost}, the
 * app being on {@code 127.0.0.1}): discovery, an authorization endpoint that signs the
 * next user in at once, a token endpoint that checks the client's secret and PKCE
 * ({@code S256(code_verifier) == code_challenge}), its keys, and an end-session endpoint.
 * The app's API trusts its tokens as it trusts a real issuer's.
 */
public final class FakeIssuer implements AutoCloseable {

	/** What the token endpoint was asked, and whether the code verifier matched. */
	public record TokenRequest(String grantType, boolean proofMatched, boolean clientAuthenticated) {
	}

	private record Grant(String subject, String nonce, String challenge, String redirectUri) {
	}

	private final HttpServer server;

	private final RSAKey key;

	private final String clientId;

	private final String clientSecret;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	/** The query of every authorization request. */
	public final List<Map<String, String>> authorizations = new CopyOnWriteArrayList<>();

	public final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

	/** The query of every end-session request. */
	public final List<Map<String, String>> signOuts = new CopyOnWriteArrayList<>();

	/** Who the authorization endpoint signs in next. */
	public volatile String nextUser = "erin";

	/**
	 * How long its access tokens live. Under a minute, a client renews one at once
	 * (Spring Security's clock skew is 60 s).
	 */
	public volatile int accessTokenSeconds = 600;

	private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

	public FakeIssuer(String clientId, String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		try {
			key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			// Every address: "localhost" may resolve to ::1 first.
			server = HttpServer.create(new InetSocketAddress(0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/issuer/.well-known/openid-configuration", exchange -> send(exchange, 200, discovery()));
		server.createContext("/issuer/jwks",
				exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
		server.createContext("/issuer/authorize", this::authorize);
		server.createContext("/issuer/token", this::token);
		server.createContext("/issuer/logout", this::logout);
		server.start();
	}

	/** On {@code localhost}: another origin than the app's {@code 127.0.0.1}. */
	public String issuer() {
		return "http://localhost:" + server.getAddress().getPort() + "/issuer";
	}

	private Map<String, Object> discovery() {
		var issuer = issuer();
		return Map.of("issuer", issuer, "authorization_endpoint", issuer + "/authorize", "token_endpoint",
				issuer + "/token", "jwks_uri", issuer + "/jwks", "end_session_endpoint", issuer + "/logout",
				"response_types_supported", List.of("code"), "subject_types_supported", List.of("public"),
				"id_token_signing_alg_values_supported", List.of("RS256"), "code_challenge_methods_supported",
				List.of("S256"));
	}

	private void authorize(HttpExchange exchange) throws IOException {
		var query = parameters(exchange.getRequestURI().getRawQuery());
		authorizations.add(query);
		var code = UUID.randomUUID().toString();
		grants.put(code, new Grant(nextUser, query.getOrDefault("nonce", ""), query.getOrDefault("code_challenge", ""),
				query.get("redirect_uri")));
		redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
	}

	private void token(HttpExchange exchange) throws IOException {
		var form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		var basic = "Basic " + Base64.getEncoder()
			.encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
		var authenticated = basic.equals(exchange.getRequestHeaders().getFirst("Authorization"));
		if ("refresh_token".equals(form.get("grant_type"))) {
			var subject = refreshTokens.get(form.getOrDefault("refresh_token", ""));
			tokenRequests.add(new TokenRequest("refresh_token", subject != null, authenticated));
			if (!authenticated || subject == null) {
				send(exchange, 400, Map.of("error", "invalid_grant"));
				return;
			}
			send(exchange, 200, Map.of("access_token", accessToken(subject), "token_type", "Bearer", "expires_in",
					accessTokenSeconds, "scope", "openid profile api://todo/tasks"));
			return;
		}
		var grant = grants.remove(form.getOrDefault("code", ""));
		var matched = grant != null && s256(form.getOrDefault("code_verifier", "")).equals(grant.challenge());
		tokenRequests.add(new TokenRequest(form.getOrDefault("grant_type", ""), matched, authenticated));
		if (!authenticated || !matched || !grant.redirectUri().equals(form.get("redirect_uri"))) {
			send(exchange, 400, Map.of("error", "invalid_grant"));
			return;
		}
		var now = Instant.now();
		var idToken = sign(new JWTClaimsSet.Builder().issuer(issuer())
			.subject(grant.subject())
			.audience(clientId)
			.issueTime(java.util.Date.from(now))
			.expirationTime(java.util.Date.from(now.plusSeconds(600)))
			.claim("nonce", grant.nonce())
			.claim("preferred_username", grant.subject())
			.build());
		var refreshToken = UUID.randomUUID().toString();
		refreshTokens.put(refreshToken, grant.subject());
		send(exchange, 200,
				Map.of("access_token", accessToken(grant.subject()), "token_type", "Bearer", "expires_in",
						accessTokenSeconds, "id_token", idToken, "refresh_token", refreshToken, "scope",
						"openid profile api://todo/tasks"));
	}

	private String accessToken(String subject) {
		var now = Instant.now();
		return sign(new JWTClaimsSet.Builder().issuer(issuer())
			.subject(subject)
			.audience("api://todo")
			.issueTime(java.util.Date.from(now))
			.expirationTime(java.util.Date.from(now.plusSeconds(accessTokenSeconds)))
			.claim("scp", "tasks")
			.claim("zoneinfo", "Europe/Paris")
			.build());
	}

	private void logout(HttpExchange exchange) throws IOException {
		var query = parameters(exchange.getRequestURI().getRawQuery());
		signOuts.add(query);
		redirect(exchange, query.get("post_logout_redirect_uri"));
	}

	private String sign(JWTClaimsSet claims) {
		try {
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private void send(HttpExchange exchange, int status, Object body) throws IOException {
		var bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		URI.create(location);
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static Map<String, String> parameters(String encoded) {
		var parameters = new HashMap<String, String>();
		if (encoded != null && !encoded.isEmpty()) {
			for (var pair : encoded.split("&")) {
				var equals = pair.indexOf('=');
				parameters.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
						equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String s256(String verifier) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
