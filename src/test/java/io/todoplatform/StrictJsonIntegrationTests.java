package io.todoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every JSON body of every API is read strictly and in one place: a value of the wrong
 * JSON type, and a string with a NUL character or an unpaired surrogate, is a 400 naming
 * the field, and nothing is written.
 */
@ApiTest
class StrictJsonIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	String task;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
		task = api.createId(user, Map.of("title", "Existing"));
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(api.count(user)).isEqualTo(1);
		web.get()
			.uri("/api/v1/tasks/{id}", task)
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(0);
		web.get()
			.uri("/api/v1/recurring-tasks")
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(0);
		web.get()
			.uri("/api/v1/me/notification-settings")
			.headers(user)
			.exchange()
			.expectBody()
			.jsonPath("$.email")
			.doesNotExist();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					POST  | /api/v1/tasks  | {"title": "a\\u0000b"}                                  | title
					POST  | /api/v1/tasks  | {"title": "a\\ud800b"}                                  | title
					POST  | /api/v1/tasks  | {"title": "ok", "description": "\\udc00 alone"}          | description
					POST  | /api/v1/tasks  | {"title": "ok", "tags": ["home", "a\\u0000"]}           | tags[1]
					POST  | /api/v1/tasks  | {"title": "ok", "timeZone": "UTC\\u0000"}               | timeZone
					POST  | /api/v1/tasks  | {"title": false}                                        | title
					POST  | /api/v1/tasks  | {"title": "ok", "priority": 1}                          | priority
					POST  | /api/v1/tasks  | {"title": "ok", "priority": true}                       | priority
					POST  | /api/v1/tasks  | {"title": "ok", "priority": "HIGH\\u0000"}              | priority
					POST  | /api/v1/tasks  | {"title": "ok", "dueAt": 12345}                         | dueAt
					POST  | /api/v1/tasks  | {"title": "ok", "dueAt": 12345.5}                       | dueAt
					POST  | /api/v1/tasks  | {"title": "ok", "dueAt": "2026-12-01T09:00:00Z\\u0000"} | dueAt
					POST  | /api/v1/tasks  | {"title": "ok", "dueDate": [2026, 12, 1]}               | dueDate
					POST  | /api/v1/tasks  | {"title": "ok", "dueDate": 20261201}                    | dueDate
					POST  | /api/v1/tasks  | {"title": "ok", "reminders": [{"at": 1796112000}]}      | reminders[0].at
					POST  | /api/v1/tasks  | {"title": "ok", "dueDate": "2026-12-01", "reminders": [{"before": 900}]} | reminders[0].before
					POST  | /api/v1/tasks  | {"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": 1, "atTime": [18, 0]}]} | reminders[0].atTime
					POST  | /api/v1/tasks  | {"title": "ok", "dueDate": "2026-12-01", "reminders": [{"daysBefore": true, "atTime": "18:00"}]} | reminders[0].daysBefore
					PATCH | /api/v1/tasks/ | {"title": "a\\u0000b"}                                  | title
					PATCH | /api/v1/tasks/ | {"priority": 0}                                         | priority
					PATCH | /api/v1/tasks/ | {"dueAt": 0}                                            | dueAt
					POST  | /api/v1/recurrence/preview | {"rrule": "FREQ=DAILY\\u0000", "dtstart": "2026-11-23T08:00:00"} | rrule
					POST  | /api/v1/recurrence/preview | {"rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00", "after": 5} | after
					POST  | /api/v1/recurrence/preview | {"rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00", "limit": "5"} | limit
					POST  | /api/v1/recurrence/preview | {"rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00", "exdates": ["\\ud800"]} | exdates[0]
					POST  | /api/v1/recurring-tasks | {"title": "a\\u0000", "rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00"} | title
					POST  | /api/v1/recurring-tasks | {"title": "t", "rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00", "anchor": 0} | anchor
					POST  | /api/v1/recurring-tasks | {"title": "t", "rrule": "FREQ=DAILY", "dtstart": "2026-11-23T08:00:00", "priority": 2} | priority
					PUT   | /api/v1/me/notification-settings | {"email": "a\\u0000@example.org"} | email
					PUT   | /api/v1/me/notification-settings | {"email": 42}               | email
					PUT   | /api/v1/me/notification-settings | {"push": [{"type": "webhook", "url": "https://example.org/hook", "secret": "0123456789abcdef\\u0000"}]} | push[0].secret
					PUT   | /api/v1/me/notification-settings | {"push": [{"type": 1}]}     | push[0].type
					POST  | /api/v1/reminders/00000000-0000-0000-0000-000000000000/snooze | {"for": 600} | for
					POST  | /api/v1/reminders/00000000-0000-0000-0000-000000000000/snooze | {"for": "PT10M\\u0000"} | for
					""")
	void aWrongTypeOrUnsafeTextIsABadRequestNamingTheField(String method, String uri, String body, String field) {
		var request = web.method(HttpMethod.valueOf(method))
			.uri(uri.endsWith("/") ? uri + task : uri)
			.headers(user)
			.contentType(method.equals("PATCH") ? Api.MERGE_PATCH : MediaType.APPLICATION_JSON);
		request.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:todo-platform:problem:invalid-request")
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo(field)
			.jsonPath("$['invalid-params'][0].reason")
			.isNotEmpty();
	}

}
