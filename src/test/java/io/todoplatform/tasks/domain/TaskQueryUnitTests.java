package io.todoplatform.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TaskQueryUnitTests {

	static TaskQuery query(String text, Set<String> tags, Instant from, Instant to, int page, int size) {
		return new TaskQuery(text, null, null, Set.of(), tags, from, to, false, List.of(), page, size);
	}

	@Test
	void pageSizeIsBetweenOneAndAHundred() {
		assertThat(query(null, Set.of(), null, null, 0, 100).size()).isEqualTo(100);
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), null, null, 0, 101));
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), null, null, 0, 0));
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), null, null, -1, 20));
	}

	@Test
	void theOffsetOfADeepPageDoesNotOverflow() {
		assertThat(query(null, Set.of(), null, null, Integer.MAX_VALUE, 100).offset())
			.isEqualTo(Integer.MAX_VALUE * 100L);
	}

	@Test
	void badCriteriaNameTheirParameter() {
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query("  ", Set.of(), null, null, 0, 20))
			.satisfies(e -> assertThat(e.violations().getFirst().field()).isEqualTo("q"));
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of("Not A Tag"), null, null, 0, 20))
			.satisfies(e -> assertThat(e.violations().getFirst().field()).isEqualTo("tag"));
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), Instant.parse("2026-02-01T00:00:00Z"),
					Instant.parse("2026-01-01T00:00:00Z"), 0, 20))
			.satisfies(e -> assertThat(e.violations().getFirst().field()).isEqualTo("dueFrom"));
	}

	@Test
	void dueBoundsLieWithinTheYearsOneTo9999() {
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), Instant.parse("+999999999-12-31T00:00:00Z"), null, 0, 20))
			.satisfies(e -> assertThat(e.violations().getFirst().field()).isEqualTo("dueFrom"));
		assertThatExceptionOfType(InvalidTaskQueryException.class)
			.isThrownBy(() -> query(null, Set.of(), null, Instant.parse("-5000-01-01T00:00:00Z"), 0, 20))
			.satisfies(e -> assertThat(e.violations().getFirst().field()).isEqualTo("dueTo"));
		assertThat(query(null, Set.of(), Instant.parse("0001-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59.999999999Z"), 0, 20)
			.dueTo()).isNotNull();
	}

}
