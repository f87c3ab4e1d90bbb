package io.todoplatform.problems;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details every API answers with. The {@code type} is stable
 * per kind of problem, so clients can branch on it; {@code invalid-params} lists each
 * offending field of a rejected request.
 */
public final class Problems {

	/** Prefix of every problem type of this API. */
	public static final String TYPE_PREFIX = "urn:todo-platform:problem:";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		return typed(problem);
	}

	/**
	 * A request that breaks the rules of the API: the detail names the one broken rule,
	 * or counts several, and {@code invalid-params} lists them all.
	 */
	public static ProblemDetail invalidRequest(List<InvalidParam> params) {
		var detail = params.size() == 1 ? params.getFirst().name() + ": " + params.getFirst().reason()
				: "The request breaks " + params.size() + " rules; see invalid-params";
		return invalidRequest(detail, params);
	}

	public static ProblemDetail invalidRequest(String detail, List<InvalidParam> params) {
		var problem = of(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("invalid-params", params);
		return problem;
	}

	/**
	 * Gives a problem the stable type and title of its status, unless it already has a
	 * type of its own.
	 */
	static ProblemDetail typed(ProblemDetail problem) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(URI.create(TYPE_PREFIX + slug(problem.getStatus())));
		}
		var status = HttpStatus.resolve(problem.getStatus());
		if (problem.getTitle() == null && status != null) {
			problem.setTitle(status.getReasonPhrase());
		}
		return problem;
	}

	private static String slug(int status) {
		return switch (status) {
			case 400 -> "invalid-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 412 -> "precondition-failed";
			case 413 -> "content-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 428 -> "precondition-required";
			case 429 -> "too-many-requests";
			case 431 -> "request-header-fields-too-large";
			default -> status >= 500 ? "internal-error" : "http-" + status;
		};
	}

}
