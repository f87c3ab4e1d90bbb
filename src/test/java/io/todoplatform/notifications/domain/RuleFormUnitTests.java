package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleFormUnitTests {

	@Test
	void eachFormIsReadFromItsFieldsAndWrittenBackTheSame() {
		var forms = new RuleForm[] { new RuleForm.Before(Duration.ofMinutes(15)),
				new RuleForm.DaysBeforeAt(1, LocalTime.of(18, 0)),
				new RuleForm.At(Instant.parse("2026-12-01T08:00:00Z")) };

		for (var form : forms) {
			assertThat(RuleForm.of(form.fields())).isEqualTo(form);
		}
		assertThat(RuleForm.of(Map.of("before", "PT60M")).canonical())
			.isEqualTo(RuleForm.of(Map.of("before", "PT1H")).canonical());
	}

	@Test
	void fieldsOfNoFormOrTwoOrBadValuesAreRefused() {
		for (var fields : new Map<?, ?>[] { Map.of(), Map.of("before", "PT1M", "at", "2026-12-01T08:00:00Z"),
				Map.of("before", 15), Map.of("before", "soon"), Map.of("daysBefore", "1", "atTime", "18:00"),
				Map.of("daysBefore", 1), Map.of("at", "tomorrow"), Map.of("colour", "red") }) {
			@SuppressWarnings("unchecked")
			var typed = (Map<String, ?>) fields;
			assertThatThrownBy(() -> RuleForm.of(typed)).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
