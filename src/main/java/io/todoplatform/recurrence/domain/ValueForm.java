package io.todoplatform.recurrence.domain;

import java.util.Optional;

/**
 * The form one value of a rule part must have.
 */
interface ValueForm {

	/** The value in its normal form, or empty if it does not have this form. */
	Optional<String> normalise(String value);

	/** What a valid value looks like, to complete "must be ...". */
	String expected();

}
