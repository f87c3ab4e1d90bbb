package io.todoplatform.recurrence.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code POST /recurrence/preview} and every bad recurrence input, on preview and on
 * series creation alike.
 */
@ApiTest
class RecurrencePreviewIntegrationTests {

	@Autowired
	WebTestClient web;

	Api.User user;

	@BeforeEach
	void setUp() {
		user = new Api(web).newUser();
	}

	@Test
	void previewListsTheFirstOccurrencesInTheSeriesZone() {
		assertThat(preview(Map.of("rrule", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4", "dtstart", "2026-11-23T08:00:00",
				"timeZone", "Europe/Berlin")))
			.containsExactly("2026-11-23T08:00:00+01:00", "2026-11-26T08:00:00+01:00", "2026-11-30T08:00:00+01:00",
					"2026-12-03T08:00:00+01:00");
	}

	@Test
	void previewAfterAnInstantIsStrictlyAfterIt() {
		assertThat(preview(Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-11-23T08:00:00", "timeZone", "UTC", "after",
				"2026-11-25T08:00:00Z", "limit", 2)))
			.containsExactly("2026-11-26T08:00:00+00:00", "2026-11-27T08:00:00+00:00");
	}

	@Test
	void allDaySeriesPreviewAsDatesAndExdatesRemoveOccurrences() {
		assertThat(preview(Map.of("rrule", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4", "dtstart", "2026-01-31", "timeZone",
				"Europe/Berlin", "exdates", List.of("2026-02-28"))))
			.containsExactly("2026-01-31", "2026-03-31", "2026-04-30");
	}

	@Test
	void theLastWorkingDayOfEachMonth() {
		assertThat(preview(Map.of("rrule", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3", "dtstart",
				"2026-01-30", "timeZone", "Europe/Berlin")))
			.containsExactly("2026-01-30", "2026-02-27", "2026-03-31");
	}

	/**
	 * lib-recur answers these wrongly (the first with a 500, the second with 1997-12-29,
	 * in ISO week 1 of 1998).
	 */
	@Test
	void setPositionsOfWholeYearsAndWeek53FollowRfc5545() {
		assertThat(preview(Map.of("rrule", "FREQ=YEARLY;COUNT=3;BYMONTHDAY=15;BYHOUR=6,18;BYSETPOS=3,-3", "dtstart",
				"1997-09-02T09:00:00", "timeZone", "America/New_York")))
			.containsExactly("1997-09-02T09:00:00-04:00", "1997-11-15T18:00:00-05:00", "1998-02-15T06:00:00-05:00");
		assertThat(preview(Map.of("rrule", "FREQ=YEARLY;COUNT=4;BYWEEKNO=53;BYDAY=MO", "dtstart", "1997-09-02T09:00:00",
				"timeZone", "America/New_York")))
			.containsExactly("1997-09-02T09:00:00-04:00", "1998-12-28T09:00:00-05:00", "2004-12-27T09:00:00-05:00",
					"2009-12-28T09:00:00-05:00");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			FOO=BAR;FREQ=DAILY            | rrule | FOO
			FREQ=DAILY;INTERVAL=0         | rrule | INTERVAL
			BYDAY=MO                      | rrule | FREQ
			FREQ=DAILY;COUNT=3;UNTIL=20261231T000000Z | rrule | UNTIL
			FREQ=SOMETIMES                | rrule | FREQ
			FREQ=WEEKLY;BYDAY=XX          | rrule | BYDAY
			FREQ=MONTHLY;BYMONTHDAY=32    | rrule | BYMONTHDAY
			FREQ=DAILY;UNTIL=00001231T000000Z | rrule | UNTIL
			FREQ=MINUTELY;COUNT=3000000   | rrule | COUNT is at most 1000000
			''                            | rrule | required
			""")
	void anInvalidRuleIsA400ThatSaysWhatIsWrong(String rrule, String field, String mentioned) {
		for (var uri : List.of("/api/v1/recurrence/preview", "/api/v1/recurring-tasks")) {
			var body = new HashMap<String, Object>(
					Map.of("title", "t", "rrule", rrule, "dtstart", "2026-11-23T08:00:00", "timeZone", "UTC"));
			if (uri.endsWith("preview")) {
				body.remove("title");
			}
			expectInvalid(uri, body, field).jsonPath("$['invalid-params'][0].reason")
				.value(reason -> assertThat((String) reason).containsIgnoringCase(mentioned));
		}
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			timeZone | Mars/Olympus_Mons
			dtstart  | 2026-11-23 08:00
			dtstart  | 2026-02-30
			dtstart  | tomorrow
			exdates  | 2026-13-01
			dtstart  | +12023-01-01T00:00:00
			dtstart  | -5000-01-01T00:00:00
			exdates  | +999999999-01-01T00:00:00
			after    | +999999999-01-01T00:00:00Z
			after    | -5000-01-01T00:00:00Z
			""")
	void invalidZonesAndDatesAreNamed(String field, String value) {
		var body = new HashMap<String, Object>(Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-11-23T08:00:00"));
		body.put(field, field.equals("exdates") ? List.of(value) : value);
		body.putIfAbsent("timeZone", "UTC");
		expectInvalid("/api/v1/recurrence/preview", body, field);
	}

	@Test
	void badAnchorsLimitsAndTemplatesAreNamed() {
		expectInvalid("/api/v1/recurring-tasks",
				Map.of("title", "t", "rrule", "FREQ=DAILY", "dtstart", "2026-11-23T08:00:00", "anchor", "WHENEVER"),
				"anchor");
		expectInvalid("/api/v1/recurrence/preview",
				Map.of("rrule", "FREQ=DAILY", "dtstart", "2026-11-23T08:00:00", "limit", 1001), "limit");
		expectInvalid("/api/v1/recurring-tasks", Map.of("title", " ", "rrule", "FREQ=DAILY", "dtstart",
				"2026-11-23T08:00:00", "tags", List.of("Not A Tag")), "title");
		expectInvalid("/api/v1/recurring-tasks", Map.of("title", "t", "rrule", "FREQ=DAILY", "dtstart",
				"2026-11-23T08:00:00", "exdates", List.of("2026-11-24")), "exdates");
	}

	/**
	 * DTSTART always occurs (RFC 5545), so only excluding it leaves a rule that never
	 * matches with nothing.
	 */
	@Test
	void aSeriesWithNoOccurrenceAtAllCannotStart() {
		expectInvalid("/api/v1/recurring-tasks",
				Map.of("title", "Never", "rrule", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "dtstart",
						"2026-11-23T08:00:00", "exdates", List.of("2026-11-23T08:00:00")),
				"rrule");
	}

	private List<String> preview(Map<String, ?> body) {
		return web.post()
			.uri("/api/v1/recurrence/preview")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PreviewResult.class)
			.returnResult()
			.getResponseBody()
			.occurrences();
	}

	record PreviewResult(List<String> occurrences) {
	}

	private WebTestClient.BodyContentSpec expectInvalid(String uri, Map<String, ?> body, String field) {
		return web.post()
			.uri(uri)
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
			.isEqualTo("urn:todo-platform:problem:invalid-request")
			.jsonPath("$['invalid-params'][0].name")
			.isEqualTo(field);
	}

}
