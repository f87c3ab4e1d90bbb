package io.todoplatform.support.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.1 document as a contract that real exchanges are held to: the operation is
 * in it, the status is one it documents, with the documented headers, media type and body
 * schema; and a request the server accepted (2xx) matches what the document says the
 * operation takes, so the document is never stricter than the server.
 */
public final class ApiContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Served next to the API, not part of it: the document leaves them out. */
	private static final List<String> OUTSIDE = List.of("/actuator", "/v3/api-docs", "/swagger-ui", "/webjars",
			"/events/", "/job/", "/dapr/");

	private final JsonNode document;

	private final DocumentSchemas schemas;

	private final List<PathTemplate> paths;

	private ApiContract(String document) {
		this.document = JSON.readTree(document);
		this.schemas = new DocumentSchemas(document);
		this.paths = this.document.path("paths")
			.propertyNames()
			.stream()
			.map(PathTemplate::new)
			.sorted(Comparator.comparingInt(PathTemplate::variables))
			.toList();
	}

	public static ApiContract of(String document) {
		return new ApiContract(document);
	}

	/**
	 * Everything about the exchange that the document does not allow; empty when it
	 * conforms.
	 */
	public List<String> violations(Exchange exchange) {
		var path = exchange.uri().getRawPath();
		PathTemplate template = null;
		Matcher matched = null;
		for (var candidate : paths) {
			matched = candidate.match(path);
			if (matched.matches()) {
				template = candidate;
				break;
			}
		}
		if (template == null) {
			return OUTSIDE.stream().anyMatch(path::startsWith) || exchange.status() == 404 ? List.of()
					: List.of(exchange + ": the path is not in the document");
		}
		var method = exchange.method().name().toLowerCase(Locale.ROOT);
		var operation = document.path("paths").path(template.text()).path(method);
		if (operation.isMissingNode()) {
			var unlisted = exchange.status() == 405 || exchange.method() == HttpMethod.HEAD
					|| exchange.method() == HttpMethod.OPTIONS;
			return unlisted ? List.of() : List.of(exchange + ": the operation is not in the document");
		}
		var at = "/paths/" + DocumentSchemas.token(template.text()) + "/" + method;
		var violations = new ArrayList<String>();
		new ResponseCheck(schemas, document, operation, at).check(exchange, violations);
		if (exchange.status() / 100 == 2) {
			new RequestCheck(schemas, operation, at).check(exchange, template.values(matched), violations);
		}
		return violations.stream().map(violation -> exchange + ": " + violation).toList();
	}

	/**
	 * A path of the document, such as {@code /api/v1/tasks/{id}}, as a pattern over raw
	 * request paths.
	 */
	private record PathTemplate(String text, Pattern pattern, List<String> names) {

		private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

		PathTemplate(String text) {
			this(text, Pattern
				.compile(VARIABLE.splitAsStream(text).map(Pattern::quote).reduce((a, b) -> a + "([^/]+)" + b).orElse("")
						+ (text.endsWith("}") ? "([^/]+)" : "")),
					VARIABLE.matcher(text).results().map(found -> found.group(1)).toList());
		}

		int variables() {
			return names.size();
		}

		Matcher match(String path) {
			return pattern.matcher(path);
		}

		Map<String, String> values(Matcher matched) {
			var values = new LinkedHashMap<String, String>();
			for (var i = 0; i < names.size(); i++) {
				values.put(names.get(i), matched.group(i + 1));
			}
			return values;
		}
	}

}
