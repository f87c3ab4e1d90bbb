package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every bad input is a clear 4xx problem naming what is wrong, never a 500, and never a
 * partial write.
 */
@ApiTest
class BadInputIntegrationTests {

	static final String INVALID = "urn:todo-platform:problem:invalid-request";

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	String existing;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		existing = api.createId(user, Map.of("title", "Existing", "priority", "LOW"));
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(api.count(user)).isEqualTo(1);
		web.get()
			.uri("/api/v1/tasks/{id}", existing)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Existing")
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"title": "ok", "colour": "red"}                          | colour
					{"title": "ok", "id": "00000000-0000-0000-0000-000000000000"} | id
					{"title": 42}                                               | title
					{"title": ["a"]}                                            | title
					{"title": "ok", "priority": "URGENT"}                       | priority
					{"title": "ok", "priority": "high"}                         | priority
					{"title": "ok", "tags": "work"}                             | tags
					{"title": "ok", "tags": ["Work"]}                           | tags
					{"title": "ok", "tags": ["a b"]}                            | tags
					{"title": "ok", "tags": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]} | tags
					{"title": "ok", "dueAt": "tomorrow"}                        | dueAt
					{"title": "ok", "dueAt": "2026-12-01T09:00:00"}             | dueAt
					{"title": "ok", "dueDate": "2026-02-30"}                    | dueDate
					{"title": "ok", "dueAt": "-5000-01-01T00:00:00Z"}           | dueAt
					{"title": "ok", "dueAt": "+294277-01-01T00:00:00Z"}         | dueAt
					{"title": "ok", "dueDate": "+999999999-12-31"}              | dueDate
					{"title": "ok", "dueDate": "0000-12-31"}                    | dueDate
					{"title": "ok", "reminders": [{"at": "+999999999-12-31T23:59:59Z"}]} | reminders[0]
					{"title": "ok", "reminders": [{"at": "-5000-01-01T00:00:00Z"}]} | reminders[0]
					{"title": "ok", "dueAt": "2026-12-01T09:00:00Z", "dueDate": "2026-12-01"} | dueDate
					{"title": "ok", "timeZone": "Mars/Olympus_Mons"}            | timeZone
					{"title": "   "}                                            | title
					{"description": "no title"}                                 | title
					{"title": null}                                             | title
					[{"title": "an array"}]                                     | body
					"just a string"                                             | body
					{"title": "unterminated"                                    | body
					{"title": "ok"} {"title": "trailing"}                       | body
					{"title": "ok", "reminders": {"before": "PT5M"}}            | reminders
					{"title": "ok", "reminders": ["PT5M"]}                      | reminders[0]
					{"title": "ok", "reminders": [null]}                        | reminders[0]
					{"title": "ok", "reminders": [{"before": "PT5M"}]}          | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "PT5M", "at": "2026-12-01T08:00:00Z"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"atTime": "18:00"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "PT5M", "colour": "red"}]} | reminders[0].colour
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "PT5M", "fireAt": "2026-12-01T08:00:00Z"}]} | reminders[0].fireAt
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "-PT5M"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "P367D"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "15 minutes"}]} | reminders[0].before
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "P1M"}]} | reminders[0].before
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": -1, "atTime": "18:00"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 367, "atTime": "18:00"}]} | reminders[0]
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1.5, "atTime": "18:00"}]} | reminders[0].daysBefore
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": "1", "atTime": "18:00"}]} | reminders[0].daysBefore
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1, "atTime": "25:00"}]} | reminders[0].atTime
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1, "atTime": "6pm"}]} | reminders[0].atTime
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1, "atTime": "18:00:00.5"}]} | reminders[0]
					{"title": "ok", "reminders": [{"at": "2026-12-01T09:00:00"}]} | reminders[0].at
					{"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": "PT5M"}, {"before": "PT300S"}]} | reminders[1]
					{"title": "ok", "reminders": [{"at": "2026-12-01T08:00:00Z"}, {"at": "2026-12-01T09:00:00+01:00"}]} | reminders[1]
					""")
	void aBadTaskBodyIsRejectedNamingTheField(String body, String field) {
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(INVALID)
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo(field)
			.jsonPath("$['invalid-params'][0].reason")
			.isNotEmpty();
	}

	@Test
	void tooLongTitleDescriptionAndTooManyTagsAreNamed() {
		var tooManyTags = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "t".repeat(201), "description", "d".repeat(10_001), "tags", tooManyTags))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$['invalid-params'][*].name")
			.value(names -> assertThat(names.toString()).contains("title", "description", "tags"));
	}

	@Test
	void elevenRemindersAreOneTooMany() {
		var eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> Map.of("before", "PT" + i + "M")).toList();
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Nagging", "dueDate", "2026-12-01", "reminders", eleven))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo("reminders")
			.jsonPath("$['invalid-params'][0].reason")
			.isEqualTo("a task has at most 10 reminders");
	}

	@Test
	void everyBadReminderIsNamedInOneAnswer() {
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"title": "", "reminders": [{"at": "2026-12-01T08:00:00Z"}, {"before": "PT5M"}, {},
					 {"at": "2026-12-01T08:00:00Z"}]}""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$['invalid-params'][*].name")
			.isEqualTo(List.of("title", "reminders[2]", "reminders[1]", "reminders[3]"));
	}

	@Test
	void anEmptyBodyIsRejected() {
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo("body");
	}

	@Test
	void aBodyOver64KiBIsTooLargeWithOrWithoutADeclaredLength() {
		var big = "{\"title\": \"big\", \"description\": \"" + "x".repeat(70_000) + "\"}";
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(big)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:content-too-large");

		var chunked = reactor.core.publisher.Flux.just(big.substring(0, 40_000), big.substring(40_000))
			.map(part -> org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance
				.wrap(part.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunked, org.springframework.core.io.buffer.DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:content-too-large");
	}

	@Test
	void aWrongContentTypeIsUnsupported() {
		web.post()
			.uri("/api/v1/tasks")
			.headers(user)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("title=x")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:unsupported-media-type");
		web.patch()
			.uri("/api/v1/tasks/{id}", existing)
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "plain json is not a merge patch"))
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void aRequestWithoutContentTypeIsToldWhichOneIsWanted() {
		web.patch()
			.uri("/api/v1/tasks/{id}", existing)
			.headers(user)
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The request has no Content-Type; this operation takes " + "application/merge-patch+json");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"title": "ok", "status": "COMPLETED"}  | status
			{"title": "ok", "version": 7}           | version
			{"colour": null}                        | colour
			{"priority": "SOMETIMES"}               | priority
			{"title": null}                         | title
			{"tags": [null]}                        | tags
			{"dueAt": "2026-13-01T00:00:00Z"}       | dueAt
			{"reminders": [{"before": "PT5M"}]}     | reminders[0]
			{"reminders": [{"at": "2026-12-01T08:00:00Z", "before": "PT1M"}]} | reminders[0]
			{"reminders": [{"at": "2026-12-01T08:00:00Z", "colour": 1}]}      | reminders[0].colour
			{"reminders": "none"}                   | reminders
			[1, 2]                                  | body
			""")
	void aBadMergePatchIsRejectedAndChangesNothing(String patch, String field) {
		web.patch()
			.uri("/api/v1/tasks/{id}", existing)
			.headers(user)
			.contentType(Api.MERGE_PATCH)
			.bodyValue(patch)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(INVALID)
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo(field);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sort=colour                     | sort
			sort=priority,sideways          | sort
			sort=priority,desc,again        | sort
			size=101                        | size
			size=0                          | size
			size=ten                        | size
			page=-1                         | page
			page=1&page=2                   | page
			status=DONE                     | status
			priority=URGENT                 | priority
			tag=Not%20A%20Slug              | tag
			dueFrom=yesterday               | dueFrom
			dueTo=2026-12-01                | dueTo
			dueFrom=2026-12-02T00:00:00Z&dueTo=2026-12-01T00:00:00Z | dueFrom
			dueFrom=%2B999999999-12-31T00:00:00Z | dueFrom
			dueTo=-5000-01-01T00:00:00Z     | dueTo
			overdue=maybe                   | overdue
			q=                              | q
			""")
	void badListParametersAreRejectedNamingTheParameter(String query, String parameter) {
		api.list(user, query)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(INVALID)
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo(parameter);
	}

	@Test
	void anIdThatIsNoUuidIsNotFound() {
		web.get().uri("/api/v1/tasks/not-a-uuid").headers(user).exchange().expectStatus().isNotFound();
	}

	@Test
	void unknownPathsAndMethodsAreProblemsToo() {
		web.get()
			.uri("/api/v1/nothing-here")
			.headers(user)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		web.put()
			.uri("/api/v1/tasks/{id}", existing)
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "PUT is not supported"))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:method-not-allowed");
	}

}
