package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code after} skips ahead instead of placing every occurrence from DTSTART in the zone;
 * it must find exactly what expanding from DTSTART finds, around daylight saving changes
 * too (New York: 8 March and 1 November 2026).
 */
class FastForwardUnitTests {

	@ParameterizedTest(name = "{0} from {1} in {2}, after {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					FREQ=DAILY                                    | 2020-01-01T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU    | 2020-01-01T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 | 2020-01-31T17:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=MONTHLY;INTERVAL=18;BYMONTHDAY=10,11,12  | 2020-01-10T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO              | 2000-05-15T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29           | 2000-02-29T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=YEARLY;BYWEEKNO=53,-1;BYDAY=MO,SU        | 1997-09-02T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=YEARLY;BYMONTHDAY=15;BYHOUR=6,18;BYSETPOS=3,-3 | 1997-09-02T09:00 | Europe/Berlin | 2026-11-23T10:00:00Z
					FREQ=YEARLY;INTERVAL=2;BYMONTH=1,10;BYSETPOS=1 | 1997-09-02T09:00 | Europe/Berlin    | 2026-11-23T10:00:00Z
					FREQ=YEARLY;BYMONTHDAY=-1                     | 2020-01-31       | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=DAILY;UNTIL=20261125T000000Z             | 2020-01-01T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=DAILY;UNTIL=20201231T000000Z             | 2020-01-01T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=DAILY                                    | 2026-03-20T02:30 | Europe/Berlin     | 2026-03-28T00:00:00Z
					FREQ=HOURLY;INTERVAL=7                        | 2025-11-01T00:15 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=MINUTELY;INTERVAL=13;BYHOUR=9,10         | 2026-09-01T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=SECONDLY;INTERVAL=7                      | 2026-11-01T00:00 | Europe/Berlin     | 2026-11-21T10:00:00Z
					FREQ=HOURLY;BYMINUTE=0,30                     | 2026-03-20T00:00 | Europe/Berlin     | 2026-03-29T00:30:00Z
					FREQ=DAILY;COUNT=1000                         | 2025-01-06T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=DAILY;COUNT=100                          | 2025-01-06T09:00 | Europe/Berlin     | 2026-11-23T10:00:00Z
					FREQ=HOURLY;COUNT=5000                        | 2026-03-01T00:00 | America/New_York  | 2026-03-08T08:30:00Z
					FREQ=MINUTELY;INTERVAL=15;COUNT=3000          | 2026-03-07T00:00 | America/New_York  | 2026-03-08T07:10:00Z
					FREQ=HOURLY;COUNT=50                          | 2026-03-08T02:30 | America/New_York  | 2026-03-08T09:00:00Z
					FREQ=HOURLY                                   | 2026-10-20T00:30 | America/New_York  | 2026-11-01T05:30:00Z
					FREQ=HOURLY;COUNT=1000                        | 2026-10-20T00:30 | America/New_York  | 2026-11-01T06:30:00Z
					FREQ=DAILY                                    | 2026-08-01       | America/Santiago  | 2026-09-06T04:30:00Z
					FREQ=DAILY;COUNT=400                          | 2026-08-01       | America/Santiago  | 2026-09-06T03:30:00Z
					FREQ=WEEKLY;BYDAY=MO,FR;COUNT=300             | 2024-01-01       | Europe/Berlin     | 2026-11-23T10:00:00Z
					""")
	void afterFindsWhatExpandingFromTheStartFinds(String rule, String start, ZoneId zone, Instant moment) {
		var schedule = start.contains("T") ? timed(rule, start, zone) : allDay(rule, start, zone);
		var fromTheStart = Expansion.of(schedule);
		var expected = new ArrayList<Occurrence>();
		while (expected.size() < 5 && fromTheStart.hasNext()) {
			var occurrence = fromTheStart.next();
			if (occurrence.instant().isAfter(moment)) {
				expected.add(occurrence);
			}
		}

		assertThat(schedule.after(moment, 5)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			FREQ=SECONDLY           | 2026-11-23T11:00:01+01:00
			FREQ=MINUTELY           | 2026-11-23T11:01:00+01:00
			FREQ=HOURLY             | 2026-11-23T12:00:00+01:00
			FREQ=DAILY              | 2026-11-24T00:00:00+01:00
			FREQ=DAILY;COUNT=100000 | 2026-11-24T00:00:00+01:00
			""")
	void aSeriesStartedLongAgoReachesTodayQuickly(String rule, String next) {
		var sinceNineteenHundred = timed(rule, "1900-01-01T00:00", BERLIN);

		assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> assertThat(iso(sinceNineteenHundred.after(Instant.parse("2026-11-23T10:00:00Z"), 1)))
					.containsExactly(next));
	}

}
