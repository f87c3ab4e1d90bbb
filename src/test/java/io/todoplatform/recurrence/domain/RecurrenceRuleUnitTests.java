package io.todoplatform.recurrence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleUnitTests {

	@Test
	void aRuleIsKeptInNormalFormWithFrequencyFirst() {
		var rule = RecurrenceRule.parse("  rrule:byday=mo,+2th;Count=010;freq=monthly ");

		assertThat(rule.value()).isEqualTo("FREQ=MONTHLY;COUNT=10;BYDAY=MO,2TH");
		assertThat(RecurrenceRule.parse(rule.value())).isEqualTo(rule);
	}

	@Test
	void theNormalFormFollowsTheOrderOfTheRfcGrammar() {
		var rule = RecurrenceRule.parse("WKST=SU;BYSETPOS=-1;BYMONTH=1;BYWEEKNO=-53;BYYEARDAY=366;BYMONTHDAY=-31;"
				+ "BYDAY=FR;BYHOUR=23;BYMINUTE=59;BYSECOND=60;INTERVAL=2;UNTIL=20301231T235959Z;FREQ=YEARLY");

		assertThat(rule.value()).isEqualTo("FREQ=YEARLY;UNTIL=20301231T235959Z;INTERVAL=2;BYSECOND=60;BYMINUTE=59;"
				+ "BYHOUR=23;BYDAY=FR;BYMONTHDAY=-31;BYYEARDAY=366;BYWEEKNO=-53;BYMONTH=1;BYSETPOS=-1;WKST=SU");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY" })
	void everyRfcFrequencyIsARule(String frequency) {
		assertThat(RecurrenceRule.parse("FREQ=" + frequency).frequency()).isEqualTo(Frequency.valueOf(frequency));
	}

	@Test
	void countIntervalAndUntilAreReadable() {
		var counted = RecurrenceRule.parse("FREQ=DAILY;INTERVAL=3;COUNT=7");
		var daily = RecurrenceRule.parse("FREQ=DAILY");

		assertThat(counted.count()).hasValue(7);
		assertThat(counted.interval()).isEqualTo(3);
		assertThat(daily.count()).isEmpty();
		assertThat(daily.interval()).isEqualTo(1);
		assertThat(daily.until()).isEmpty();
	}

	@Test
	void untilIsADateAUtcMomentOrAWallClockTime() {
		assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224").until())
			.hasValue(new Until.OnDate(LocalDate.of(1997, 12, 24)));
		assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T000000Z").until())
			.hasValue(new Until.AtInstant(Instant.parse("1997-12-24T00:00:00Z")));
		assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T170000").until())
			.hasValue(new Until.AtLocalTime(LocalDateTime.of(1997, 12, 24, 17, 0)));
	}

	@Test
	void withoutCountDropsOnlyTheCount() {
		assertThat(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3;BYDAY=MO").withoutCount().value())
			.isEqualTo("FREQ=WEEKLY;BYDAY=MO");
	}

}
