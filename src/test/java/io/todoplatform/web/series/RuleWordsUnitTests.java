package io.todoplatform.web.series;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleWordsUnitTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			FREQ=DAILY                                 | Daily
			FREQ=DAILY;INTERVAL=3                      | Every 3 days
			FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR           | Weekly on weekdays
			FREQ=WEEKLY;BYDAY=MO,TH                    | Weekly on Mon, Thu
			FREQ=WEEKLY;INTERVAL=2;BYDAY=SA            | Every 2 weeks on Sat
			FREQ=MONTHLY;BYMONTHDAY=15                 | Monthly on day 15
			FREQ=MONTHLY;BYDAY=-1FR;COUNT=3            | Monthly on the last Fri, 3 times
			FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959 | Monthly on the second Tue, until 2027-06-30
			FREQ=YEARLY                                | Yearly
			FREQ=YEARLY;BYMONTH=1,7                    | -
			FREQ=HOURLY                                | -
			FREQ=MONTHLY;BYDAY=-2FR                    | -
			""")
	void theCommonRulesInWordsAndNoneForTheOthers(String rule, String words) {
		assertThat(RuleWords.of(rule)).isEqualTo(words);
	}

}
