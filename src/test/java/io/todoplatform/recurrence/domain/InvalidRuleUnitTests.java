package io.todoplatform.recurrence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of invalid rule is rejected with a message that says what is wrong,
 * including the ones lib-recur takes silently: its lax mode drops unknown parts and bad
 * values (FOO=1, BYDAY=XX, INTERVAL=0, COUNT=-1 all become a plain FREQ=DAILY), and its
 * strict mode still takes a month 13 in UNTIL, RSCALE, a trailing semicolon and a signed
 * COUNT.
 */
class InvalidRuleUnitTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					``                                    | The recurrence rule is empty: it needs at least a frequency, like FREQ=DAILY
					`   `                                 | The recurrence rule is empty: it needs at least a frequency, like FREQ=DAILY
					RRULE:                                | The recurrence rule is empty: it needs at least a frequency, like FREQ=DAILY
					BYDAY=MO                              | FREQ is missing: every rule needs a frequency, like FREQ=DAILY
					FREQ=DAILY;FOO=1                      | Unknown part "FOO": a rule may use FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST
					FREQ=DAILY;X-NAME=1                   | Unknown part "X-NAME": a rule may use FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST
					FREQ=DAILY;_SANITY_FILTER=1           | Unknown part "_SANITY_FILTER": a rule may use FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST
					FREQ=DAILY; COUNT=2                   | Unknown part " COUNT": a rule may use FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST
					FREQ=DAILY;RSCALE=GREGORIAN           | RSCALE is not supported: rules follow the Gregorian calendar of RFC 5545 only
					FREQ=DAILY;FREQ=WEEKLY                | FREQ is given more than once: each part may appear only once
					FREQ=DAILY;COUNT=2;COUNT=3            | COUNT is given more than once: each part may appear only once
					FREQ=DAILY;;COUNT=2                   | The recurrence rule has an empty part: two semicolons in a row, or one at the start or end
					FREQ=DAILY;                           | The recurrence rule has an empty part: two semicolons in a row, or one at the start or end
					FREQ=DAILY;COUNT                      | "COUNT" is not a rule part: parts are written NAME=VALUE and separated by semicolons
					FREQ=FORTNIGHTLY                      | Invalid FREQ value "FORTNIGHTLY": must be one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY
					FREQ=DAILY;INTERVAL=0                 | Invalid INTERVAL value "0": must be a whole number of at least 1
					FREQ=DAILY;INTERVAL=+2                | Invalid INTERVAL value "+2": must be a whole number of at least 1
					FREQ=DAILY;COUNT=-1                   | Invalid COUNT value "-1": must be a whole number of at least 1
					FREQ=DAILY;COUNT=0                    | Invalid COUNT value "0": must be a whole number of at least 1
					FREQ=DAILY;COUNT=99999999999          | Invalid COUNT value "99999999999": must be a whole number of at least 1
					FREQ=DAILY;COUNT=1,2                  | Invalid COUNT value "1,2": must be a whole number of at least 1
					FREQ=DAILY;COUNT=                     | Invalid COUNT value "": must be a whole number of at least 1
					FREQ=DAILY;UNTIL=20201301             | Invalid UNTIL value "20201301": must be a date like 19971224, or a date-time like 19971224T000000Z (UTC) or 19971224T000000 (the series' time zone), in the years 0001 to 9999
					FREQ=DAILY;UNTIL=2020                 | Invalid UNTIL value "2020": must be a date like 19971224, or a date-time like 19971224T000000Z (UTC) or 19971224T000000 (the series' time zone), in the years 0001 to 9999
					FREQ=DAILY;UNTIL=19971224T000000ZZ    | Invalid UNTIL value "19971224T000000ZZ": must be a date like 19971224, or a date-time like 19971224T000000Z (UTC) or 19971224T000000 (the series' time zone), in the years 0001 to 9999
					FREQ=DAILY;UNTIL=00001231T000000Z     | Invalid UNTIL value "00001231T000000Z": must be a date like 19971224, or a date-time like 19971224T000000Z (UTC) or 19971224T000000 (the series' time zone), in the years 0001 to 9999
					FREQ=MINUTELY;COUNT=3000000           | COUNT is at most 1000000: a series is computed by counting its occurrences from DTSTART, and no more than that many are counted
					FREQ=DAILY;BYSECOND=61                | Invalid BYSECOND value "61": must be a whole number from 0 to 60
					FREQ=DAILY;BYMINUTE=60                | Invalid BYMINUTE value "60": must be a whole number from 0 to 59
					FREQ=DAILY;BYHOUR=9,24                | Invalid BYHOUR value "24": must be a whole number from 0 to 23
					FREQ=DAILY;BYDAY=XX                   | Invalid BYDAY value "XX": must be a weekday (MO, TU, WE, TH, FR, SA or SU), optionally numbered from 1 to 53 or -53 to -1, like 1MO or -1FR
					FREQ=MONTHLY;BYDAY=0MO                | Invalid BYDAY value "0MO": must be a weekday (MO, TU, WE, TH, FR, SA or SU), optionally numbered from 1 to 53 or -53 to -1, like 1MO or -1FR
					FREQ=YEARLY;BYDAY=54MO                | Invalid BYDAY value "54MO": must be a weekday (MO, TU, WE, TH, FR, SA or SU), optionally numbered from 1 to 53 or -53 to -1, like 1MO or -1FR
					FREQ=WEEKLY;BYDAY=MO,,TU              | Invalid BYDAY value "": must be a weekday (MO, TU, WE, TH, FR, SA or SU), optionally numbered from 1 to 53 or -53 to -1, like 1MO or -1FR
					FREQ=MONTHLY;BYMONTHDAY=32            | Invalid BYMONTHDAY value "32": must be a whole number from 1 to 31, or from -31 to -1 to count from the end
					FREQ=MONTHLY;BYMONTHDAY=0             | Invalid BYMONTHDAY value "0": must be a whole number from 1 to 31, or from -31 to -1 to count from the end
					FREQ=YEARLY;BYYEARDAY=-367            | Invalid BYYEARDAY value "-367": must be a whole number from 1 to 366, or from -366 to -1 to count from the end
					FREQ=YEARLY;BYWEEKNO=54               | Invalid BYWEEKNO value "54": must be a whole number from 1 to 53, or from -53 to -1 to count from the end
					FREQ=YEARLY;BYMONTH=13                | Invalid BYMONTH value "13": must be a whole number from 1 to 12
					FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400    | Invalid BYSETPOS value "400": must be a whole number from 1 to 366, or from -366 to -1 to count from the end
					FREQ=WEEKLY;WKST=XX                   | Invalid WKST value "XX": must be a weekday (MO, TU, WE, TH, FR, SA or SU)
					FREQ=WEEKLY;WKST=1MO                  | Invalid WKST value "1MO": must be a weekday (MO, TU, WE, TH, FR, SA or SU)
					FREQ=DAILY;COUNT=3;UNTIL=19971224     | COUNT and UNTIL cannot be combined: a series ends either after a number of occurrences or at a date
					FREQ=MONTHLY;BYWEEKNO=20              | BYWEEKNO can only be used with FREQ=YEARLY
					FREQ=MONTHLY;BYYEARDAY=100            | BYYEARDAY cannot be used with FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY
					FREQ=WEEKLY;BYMONTHDAY=1              | BYMONTHDAY cannot be used with FREQ=WEEKLY
					FREQ=WEEKLY;BYDAY=1MO                 | Numbered BYDAY values like 1MO can only be used with FREQ=MONTHLY or FREQ=YEARLY
					FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO     | Numbered BYDAY values like 1MO cannot be combined with BYWEEKNO
					FREQ=MONTHLY;BYSETPOS=-1              | BYSETPOS needs another BY... part, like BYDAY, to pick occurrences from
					""")
	void anInvalidRuleIsRejectedWithWhatIsWrong(String rule, String message) {
		assertThatExceptionOfType(InvalidRecurrenceException.class).isThrownBy(() -> RecurrenceRule.parse(rule))
			.withMessage(message)
			.satisfies(rejected -> assertThat(rejected.field()).isEqualTo("rrule"));
	}

}
