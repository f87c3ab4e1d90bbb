package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RfcExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 5545 section 3.8.5.3, the monthly examples. For rules that go on forever the RFC
 * lists the first few.
 */
class Rfc5545MonthlyExamplesUnitTests {

	@Test
	void monthlyOnTheFirstFridayForTenOccurrences() {
		assertThat(occurrences("19970905T090000", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", 20))
			.isEqualTo(all(edt(1997, 9, 5), edt(1997, 10, 3), est(1997, 11, 7), est(1997, 12, 5), est(1998, 1, 2),
					est(1998, 2, 6), est(1998, 3, 6), est(1998, 4, 3), edt(1998, 5, 1), edt(1998, 6, 5)));
	}

	@Test
	void monthlyOnTheFirstFridayUntilDecember24() {
		assertThat(occurrences("19970905T090000", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", 20))
			.isEqualTo(all(edt(1997, 9, 5), edt(1997, 10, 3), est(1997, 11, 7), est(1997, 12, 5)));
	}

	@Test
	void everyOtherMonthOnTheFirstAndLastSundayForTenOccurrences() {
		assertThat(occurrences("19970907T090000", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", 20))
			.isEqualTo(all(edt(1997, 9, 7, 28), est(1997, 11, 2, 30), est(1998, 1, 4, 25), est(1998, 3, 1, 29),
					edt(1998, 5, 3, 31)));
	}

	@Test
	void monthlyOnTheSecondToLastMondayForSixMonths() {
		assertThat(occurrences("19970922T090000", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", 20))
			.isEqualTo(all(edt(1997, 9, 22), edt(1997, 10, 20), est(1997, 11, 17), est(1997, 12, 22), est(1998, 1, 19),
					est(1998, 2, 16)));
	}

	@Test
	void monthlyOnTheThirdToLastDayForever() {
		assertThat(occurrences("19970928T090000", "FREQ=MONTHLY;BYMONTHDAY=-3", 6)).isEqualTo(all(edt(1997, 9, 28),
				est(1997, 10, 29), est(1997, 11, 28), est(1997, 12, 29), est(1998, 1, 29), est(1998, 2, 26)));
	}

	@Test
	void monthlyOnThe2ndAnd15thForTenOccurrences() {
		assertThat(occurrences("19970902T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", 20))
			.isEqualTo(all(edt(1997, 9, 2, 15), edt(1997, 10, 2, 15), est(1997, 11, 2, 15), est(1997, 12, 2, 15),
					est(1998, 1, 2, 15)));
	}

	@Test
	void monthlyOnTheFirstAndLastDayForTenOccurrences() {
		assertThat(occurrences("19970930T090000", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", 20))
			.isEqualTo(all(edt(1997, 9, 30), edt(1997, 10, 1), est(1997, 10, 31), est(1997, 11, 1, 30),
					est(1997, 12, 1, 31), est(1998, 1, 1, 31), est(1998, 2, 1)));
	}

	@Test
	void every18MonthsOnThe10thThru15thForTenOccurrences() {
		assertThat(occurrences("19970910T090000", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", 20))
			.isEqualTo(all(edtDays(1997, 9, 10, 15), estDays(1999, 3, 10, 13)));
	}

	@Test
	void everyTuesdayEveryOtherMonth() {
		assertThat(occurrences("19970902T090000", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", 18))
			.isEqualTo(all(edt(1997, 9, 2, 9, 16, 23, 30), est(1997, 11, 4, 11, 18, 25), est(1998, 1, 6, 13, 20, 27),
					est(1998, 3, 3, 10, 17, 24, 31)));
	}

	@Test
	void everyFridayThe13thExcludingAStartThatIsNotOne() {
		assertThat(occurrences("19970902T090000", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", 5, "19970902T090000"))
			.isEqualTo(all(est(1998, 2, 13), est(1998, 3, 13), est(1998, 11, 13), edt(1999, 8, 13), edt(2000, 10, 13)));
	}

	@Test
	void theFirstSaturdayThatFollowsTheFirstSunday() {
		assertThat(occurrences("19970913T090000", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", 10))
			.isEqualTo(all(edt(1997, 9, 13), edt(1997, 10, 11), est(1997, 11, 8), est(1997, 12, 13), est(1998, 1, 10),
					est(1998, 2, 7), est(1998, 3, 7), edt(1998, 4, 11), edt(1998, 5, 9), edt(1998, 6, 13)));
	}

	@Test
	void theThirdTuesdayWednesdayOrThursdayOfTheMonthForThreeMonths() {
		assertThat(occurrences("19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", 10))
			.isEqualTo(all(edt(1997, 9, 4), edt(1997, 10, 7), est(1997, 11, 6)));
	}

	@Test
	void theSecondToLastWeekdayOfTheMonth() {
		assertThat(occurrences("19970929T090000", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", 7))
			.isEqualTo(all(edt(1997, 9, 29), est(1997, 10, 30), est(1997, 11, 27), est(1997, 12, 30), est(1998, 1, 29),
					est(1998, 2, 26), est(1998, 3, 30)));
	}

	@Test
	void anInvalidDateLikeFebruary30IsIgnored() {
		assertThat(occurrences("20070115T090000", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", 10))
			.isEqualTo(all(est(2007, 1, 15, 30), est(2007, 2, 15), edt(2007, 3, 15, 30)));
	}

}
