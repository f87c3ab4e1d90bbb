package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RfcExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 5545 section 3.8.5.3, the daily and weekly examples. Limits above the expected
 * count show that the series ends.
 */
class Rfc5545DailyAndWeeklyExamplesUnitTests {

	@Test
	void dailyForTenOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=DAILY;COUNT=10", 20)).isEqualTo(edtDays(1997, 9, 2, 11));
	}

	@Test
	void dailyUntilDecember24() {
		assertThat(occurrences("19970902T090000", "FREQ=DAILY;UNTIL=19971224T000000Z", 200))
			.isEqualTo(all(edtDays(1997, 9, 2, 30), edtDays(1997, 10, 1, 25), estDays(1997, 10, 26, 31),
					estDays(1997, 11, 1, 30), estDays(1997, 12, 1, 23)));
	}

	@Test
	void everyOtherDayForever() {
		assertThat(occurrences("19970902T090000", "FREQ=DAILY;INTERVAL=2", 61))
			.isEqualTo(all(edt(1997, 9, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30),
					edt(1997, 10, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24), est(1997, 10, 26, 28, 30),
					est(1997, 11, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29),
					est(1997, 12, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31)));
	}

	@Test
	void everyTenDaysFiveOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=DAILY;INTERVAL=10;COUNT=5", 10))
			.isEqualTo(all(edt(1997, 9, 2, 12, 22), edt(1997, 10, 2, 12)));
	}

	@Test
	void everyDayInJanuaryForThreeYearsAsAYearlyRule() {
		assertThat(occurrences("19980101T090000",
				"FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", 200))
			.isEqualTo(all(estDays(1998, 1, 1, 31), estDays(1999, 1, 1, 31), estDays(2000, 1, 1, 31)));
	}

	@Test
	void everyDayInJanuaryForThreeYearsAsADailyRule() {
		assertThat(occurrences("19980101T090000", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", 200))
			.isEqualTo(all(estDays(1998, 1, 1, 31), estDays(1999, 1, 1, 31), estDays(2000, 1, 1, 31)));
	}

	@Test
	void weeklyForTenOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;COUNT=10", 20)).isEqualTo(
				all(edt(1997, 9, 2, 9, 16, 23, 30), edt(1997, 10, 7, 14, 21), est(1997, 10, 28), est(1997, 11, 4)));
	}

	@Test
	void weeklyUntilDecember24() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;UNTIL=19971224T000000Z", 50))
			.isEqualTo(all(edt(1997, 9, 2, 9, 16, 23, 30), edt(1997, 10, 7, 14, 21), est(1997, 10, 28),
					est(1997, 11, 4, 11, 18, 25), est(1997, 12, 2, 9, 16, 23)));
	}

	@Test
	void everyOtherWeekForever() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", 13))
			.isEqualTo(all(edt(1997, 9, 2, 16, 30), edt(1997, 10, 14), est(1997, 10, 28), est(1997, 11, 11, 25),
					est(1997, 12, 9, 23), est(1998, 1, 6, 20), est(1998, 2, 3, 17)));
	}

	@Test
	void weeklyOnTuesdayAndThursdayForFiveWeeksUntilADate() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", 20))
			.isEqualTo(all(edt(1997, 9, 2, 4, 9, 11, 16, 18, 23, 25, 30), edt(1997, 10, 2)));
	}

	@Test
	void weeklyOnTuesdayAndThursdayForFiveWeeksByCount() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", 20))
			.isEqualTo(all(edt(1997, 9, 2, 4, 9, 11, 16, 18, 23, 25, 30), edt(1997, 10, 2)));
	}

	@Test
	void everyOtherWeekOnMondayWednesdayAndFridayUntilDecember24() {
		assertThat(occurrences("19970901T090000",
				"FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", 50))
			.isEqualTo(all(edt(1997, 9, 1, 3, 5, 15, 17, 19, 29), edt(1997, 10, 1, 3, 13, 15, 17),
					est(1997, 10, 27, 29, 31), est(1997, 11, 10, 12, 14, 24, 26, 28), est(1997, 12, 8, 10, 12, 22)));
	}

	@Test
	void everyOtherWeekOnTuesdayAndThursdayForEightOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", 20))
			.isEqualTo(all(edt(1997, 9, 2, 4, 16, 18, 30), edt(1997, 10, 2, 14, 16)));
	}

	@Test
	void weekStartingOnMondayDecidesWhichDaysAnEveryOtherWeekRuleTakes() {
		assertThat(occurrences("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", 10))
			.isEqualTo(edt(1997, 8, 5, 10, 19, 24));
	}

	@Test
	void weekStartingOnSundayDecidesWhichDaysAnEveryOtherWeekRuleTakes() {
		assertThat(occurrences("19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", 10))
			.isEqualTo(edt(1997, 8, 5, 17, 19, 31));
	}

}
