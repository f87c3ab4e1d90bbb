package io.todoplatform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeTextUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "plain", "caf\u00e9", "emoji \ud83d\ude00 in a pair", "tab\tand\u0001control" })
	void unicodeTextIsSafe(String text) {
		assertThat(UnsafeText.in(text)).isFalse();
		assertThat(UnsafeText.shown(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u0000", "high \ud83d alone", "ends high \ud83d", "\ude00 low first",
			"reversed \ude00\ud83d" })
	void nulAndUnpairedSurrogatesAreUnsafeAndShownReplaced(String text) {
		assertThat(UnsafeText.in(text)).isTrue();
		assertThat(UnsafeText.in(UnsafeText.shown(text))).isFalse();
		assertThat(UnsafeText.shown(text)).contains("\ufffd").hasSameSizeAs(text);
	}

}
