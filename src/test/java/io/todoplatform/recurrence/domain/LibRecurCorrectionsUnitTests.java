package io.todoplatform.recurrence.domain;

import static io.todoplatform.recurrence.domain.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules lib-recur expands unlike RFC 5545, and what this engine yields instead. DTSTART
 * is the first occurrence in every case (RFC 5545: it counts even when it does not match
 * the rule).
 */
class LibRecurCorrectionsUnitTests {

	@Test
	void byWeekNo53IsOnlyInYearsThatHaveAWeek53() {
		assertThat(iso(timed("FREQ=YEARLY;COUNT=4;BYWEEKNO=53;BYDAY=MO", "1997-09-02T09:00", NEW_YORK).first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00", "1998-12-28T09:00:00-05:00", "2004-12-27T09:00:00-05:00",
					"2009-12-28T09:00:00-05:00");
	}

	@Test
	void theSundayOfWeek53CanFallInTheNextYear() {
		assertThat(iso(timed("FREQ=YEARLY;COUNT=3;BYWEEKNO=53;BYDAY=SU", "1997-09-02T09:00", NEW_YORK).first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00", "1999-01-03T09:00:00-05:00", "2005-01-02T09:00:00-05:00");
	}

	@Test
	void theLastWeekIsWeek52Or53() {
		assertThat(iso(allDay("FREQ=YEARLY;COUNT=4;BYWEEKNO=-1;BYDAY=MO", "1997-12-22", NEW_YORK).first(10)))
			.containsExactly("1997-12-22", "1998-12-28", "1999-12-27", "2000-12-25");
	}

	@Test
	void setPositionsOfAYearArePickedFromTheWholeYear() {
		assertThat(
				iso(timed("FREQ=YEARLY;COUNT=3;BYMONTHDAY=15;BYHOUR=6,18;BYSETPOS=3,-3", "1997-09-02T09:00", NEW_YORK)
					.first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00", "1997-11-15T18:00:00-05:00", "1998-02-15T06:00:00-05:00");
		assertThat(iso(timed("FREQ=YEARLY;COUNT=3;BYMONTH=1,10;BYSETPOS=1", "1997-09-02T09:00", NEW_YORK).first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00", "1998-01-02T09:00:00-05:00", "1999-01-02T09:00:00-05:00");
		assertThat(iso(allDay("FREQ=YEARLY;COUNT=3;BYYEARDAY=1,300;BYSETPOS=1", "1997-09-02", NEW_YORK).first(10)))
			.containsExactly("1997-09-02", "1998-01-01", "1999-01-01");
	}

	@Test
	void setPositionsOfAYearCanPickDtstartItself() {
		assertThat(iso(timed("FREQ=YEARLY;COUNT=3;BYMONTH=1,9;BYSETPOS=-1", "1997-09-02T09:00", NEW_YORK).first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00", "1998-09-02T09:00:00-04:00", "1999-09-02T09:00:00-04:00");
	}

	@Test
	void aYearlyMonthDayWithoutAMonthIsThatDayOfEveryMonth() {
		assertThat(iso(allDay("FREQ=YEARLY;COUNT=4;BYMONTHDAY=15", "1997-11-15", NEW_YORK).first(10)))
			.containsExactly("1997-11-15", "1997-12-15", "1998-01-15", "1998-02-15");
	}

	@Test
	void setPositionsFromTooManyEmptyYearsEndTheSeriesInsteadOfFailing() {
		assertThat(iso(timed("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYSETPOS=1", "1997-09-02T09:00", NEW_YORK).first(10)))
			.containsExactly("1997-09-02T09:00:00-04:00");
	}

}
