package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RfcExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * RFC 5545 section 3.8.5.3, the examples that repeat within a day.
 */
class Rfc5545IntradayExamplesUnitTests {

	/**
	 * The RFC's "every 3 hours from 9:00 AM to 5:00 PM" is inconsistent: its UNTIL, 17:00
	 * UTC, is 13:00 EDT, yet it lists 15:00. The rule as written means what UNTIL says:
	 * 09:00 and 12:00 only.
	 */
	@Test
	void everyThreeHoursUntilAUtcEndStopsAtThatMoment() {
		assertThat(occurrences("19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", 10))
			.isEqualTo(edtTimes(1997, 9, 2, "09:00", "12:00"));
	}

	/**
	 * The RFC's listed times are what a 5:00 PM end in the series' own zone (a floating
	 * UNTIL) gives.
	 */
	@Test
	void everyThreeHoursFromNineToFiveInTheSeriesZoneGivesTheRfcsTimes() {
		assertThat(occurrences("19970902T090000", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000", 10))
			.isEqualTo(edtTimes(1997, 9, 2, "09:00", "12:00", "15:00"));
	}

	@Test
	void everyFifteenMinutesForSixOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=MINUTELY;INTERVAL=15;COUNT=6", 10))
			.isEqualTo(edtTimes(1997, 9, 2, "09:00", "09:15", "09:30", "09:45", "10:00", "10:15"));
	}

	@Test
	void everyHourAndAHalfForFourOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", 10))
			.isEqualTo(edtTimes(1997, 9, 2, "09:00", "10:30", "12:00", "13:30"));
	}

	@Test
	void everyTwentyMinutesFromNineToFourFortyEveryDayAsADailyRule() {
		assertThat(occurrences("19970902T090000", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", 49))
			.isEqualTo(all(workingDayEveryTwentyMinutes(2), workingDayEveryTwentyMinutes(3),
					edtTimes(1997, 9, 4, "09:00")));
	}

	@Test
	void everyTwentyMinutesFromNineToFourFortyEveryDayAsAMinutelyRule() {
		assertThat(occurrences("19970902T090000", "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", 49))
			.isEqualTo(all(workingDayEveryTwentyMinutes(2), workingDayEveryTwentyMinutes(3),
					edtTimes(1997, 9, 4, "09:00")));
	}

	/** 9:00, 9:20, 9:40, 10:00, ... 16:00, 16:20, 16:40 on a day of September 1997. */
	private static List<String> workingDayEveryTwentyMinutes(int day) {
		var times = Stream.iterate(9 * 60, minutes -> minutes <= 16 * 60 + 40, minutes -> minutes + 20)
			.map(minutes -> "%02d:%02d".formatted(minutes / 60, minutes % 60))
			.toArray(String[]::new);
		return edtTimes(1997, 9, day, times);
	}

}
