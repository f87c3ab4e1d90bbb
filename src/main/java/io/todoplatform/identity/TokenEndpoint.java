package io.todoplatform.identity;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.todoplatform.problems.InvalidParam;
import io.todoplatform.problems.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /auth/token}: a signed token for a named local user. Exists only in the
 * local mode, for development and black-box tests, and only on a loopback address
 * ({@link LocalTokenEndpoint}); there is no password because it serves only this machine.
 */
@RestController
@Conditional(LocalTokenEndpoint.class)
class TokenEndpoint {

	static final String USERNAME_PATTERN = "^[A-Za-z0-9._@-]{1,64}$";

	private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

	private final LocalTokens tokens;

	TokenEndpoint(LocalTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> token(@RequestBody TokenRequest request) {
		if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
			return ResponseEntity.badRequest()
				.body(Problems.invalidRequest("A valid username is required",
						List.of(new InvalidParam("username", "must be 1 to 64 characters of A-Z, a-z, 0-9 and ._@-"))));
		}
		return ResponseEntity
			.ok(new TokenResponse(tokens.issue(request.username()), "Bearer", LocalTokens.LIFETIME.toSeconds()));
	}

	record TokenRequest(@Schema(requiredMode = RequiredMode.REQUIRED, pattern = USERNAME_PATTERN,
			example = "alice") @Nullable String username) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record TokenResponse(@JsonProperty("access_token") String accessToken,
			@Schema(allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
			@Schema(example = "3600") @JsonProperty("expires_in") long expiresIn) {
	}

}
