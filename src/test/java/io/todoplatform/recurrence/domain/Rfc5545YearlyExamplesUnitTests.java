package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.RfcExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 5545 section 3.8.5.3, the yearly examples. For rules that go on forever the RFC
 * lists the first few.
 */
class Rfc5545YearlyExamplesUnitTests {

	@Test
	void yearlyInJuneAndJulyForTenOccurrences() {
		assertThat(occurrences("19970610T090000", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", 20))
			.isEqualTo(all(edt(1997, 6, 10), edt(1997, 7, 10), edt(1998, 6, 10), edt(1998, 7, 10), edt(1999, 6, 10),
					edt(1999, 7, 10), edt(2000, 6, 10), edt(2000, 7, 10), edt(2001, 6, 10), edt(2001, 7, 10)));
	}

	@Test
	void everyOtherYearInJanuaryFebruaryAndMarchForTenOccurrences() {
		assertThat(occurrences("19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", 20))
			.isEqualTo(all(est(1997, 3, 10), est(1999, 1, 10), est(1999, 2, 10), est(1999, 3, 10), est(2001, 1, 10),
					est(2001, 2, 10), est(2001, 3, 10), est(2003, 1, 10), est(2003, 2, 10), est(2003, 3, 10)));
	}

	@Test
	void everyThirdYearOnThe1st100thAnd200thDayForTenOccurrences() {
		assertThat(occurrences("19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", 20))
			.isEqualTo(all(est(1997, 1, 1), edt(1997, 4, 10), edt(1997, 7, 19), est(2000, 1, 1), edt(2000, 4, 9),
					edt(2000, 7, 18), est(2003, 1, 1), edt(2003, 4, 10), edt(2003, 7, 19), est(2006, 1, 1)));
	}

	@Test
	void everyTwentiethMondayOfTheYear() {
		assertThat(occurrences("19970519T090000", "FREQ=YEARLY;BYDAY=20MO", 3))
			.isEqualTo(all(edt(1997, 5, 19), edt(1998, 5, 18), edt(1999, 5, 17)));
	}

	@Test
	void mondayOfWeekNumber20() {
		assertThat(occurrences("19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", 3))
			.isEqualTo(all(edt(1997, 5, 12), edt(1998, 5, 11), edt(1999, 5, 17)));
	}

	@Test
	void everyThursdayInMarch() {
		assertThat(occurrences("19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", 11))
			.isEqualTo(all(est(1997, 3, 13, 20, 27), est(1998, 3, 5, 12, 19, 26), est(1999, 3, 4, 11, 18, 25)));
	}

	@Test
	void everyThursdayInJuneJulyAndAugust() {
		assertThat(occurrences("19970605T090000", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", 39))
			.isEqualTo(all(edt(1997, 6, 5, 12, 19, 26), edt(1997, 7, 3, 10, 17, 24, 31), edt(1997, 8, 7, 14, 21, 28),
					edt(1998, 6, 4, 11, 18, 25), edt(1998, 7, 2, 9, 16, 23, 30), edt(1998, 8, 6, 13, 20, 27),
					edt(1999, 6, 3, 10, 17, 24), edt(1999, 7, 1, 8, 15, 22, 29), edt(1999, 8, 5, 12, 19, 26)));
	}

	@Test
	void everyFourYearsTheFirstTuesdayAfterAMondayInNovember() {
		assertThat(occurrences("19961105T090000", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
				3))
			.isEqualTo(all(est(1996, 11, 5), est(2000, 11, 7), est(2004, 11, 2)));
	}

}
