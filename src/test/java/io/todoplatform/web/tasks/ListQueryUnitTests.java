package io.todoplatform.web.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class ListQueryUnitTests {

	@Test
	void theApiIsAskedForFiftyTasksAndEveryGivenValueAsItWasGiven() {
		var query = ListQuery.of(params(Map.of("q", List.of("c++ & rust"), "status", List.of("OPEN", "DONE"), "size",
				List.of(""), "unknown", List.of("x"))));
		assertThat(query.apiPath()).isEqualTo("/api/v1/tasks?q=c%2B%2B+%26+rust&status=OPEN&status=DONE&size=50");
		assertThat(query.href()).isEqualTo("/tasks?q=c%2B%2B+%26+rust&status=OPEN&status=DONE");
	}

	@Test
	void aPageLinkKeepsTheQueryAndTheFirstPageHasNoNumber() {
		var query = ListQuery.of(params(Map.of("sort", List.of("title"), "page", List.of("2"), "size", List.of("3"))));
		assertThat(query.pageHref(3)).isEqualTo("/tasks?sort=title&size=3&page=3");
		assertThat(query.pageHref(0)).isEqualTo("/tasks?sort=title&size=3");
		assertThat(query.sort(0)).isEqualTo("title,asc");
		assertThat(query.sort(1)).isEmpty();
		assertThat(query.apiPath()).endsWith("size=3");
	}

	@Test
	void chipsNameEachFilterAndDaysAreReadWhereTheyWereChosen() {
		var query = ListQuery.of(params(Map.of("priority", List.of("HIGH", "LOW"), "tag", List.of("home"), "dueFrom",
				List.of("2026-12-01T00:00:00+01:00"), "dueTo", List.of("2026-12-05T22:59:59Z"), "overdue",
				List.of("true"))));
		assertThat(query.chips()).extracting(FilterChip::label)
			.containsExactly("Priority: High", "Priority: Low", "Tag: home", "Due from 1 Dec 2026", "Due to 5 Dec 2026",
					"Overdue only");
		assertThat(query.dueFrom()).isEqualTo("2026-12-01");
		assertThat(query.priority("HIGH")).isTrue();
		assertThat(query.priority("MEDIUM")).isFalse();
		assertThat(query.overdue()).isTrue();
		assertThat(query.narrowed()).isTrue();
	}

	@Test
	void aBoundThatIsNoInstantIsShownAsGivenForTheApiToRefuse() {
		var query = ListQuery.of(params(Map.of("dueFrom", List.of("yesterday"))));
		assertThat(query.chips()).extracting(FilterChip::label).containsExactly("Due from yesterday");
		assertThat(query.dueFrom()).isEmpty();
		assertThat(query.apiPath()).isEqualTo("/api/v1/tasks?dueFrom=yesterday&size=50");
	}

	@Test
	void theListOfThePageIsReadFromItsUrl() {
		var query = ListQuery.ofUrl("http://127.0.0.1:8080/tasks?q=water%20the+plants&tag=home&page=1");
		assertThat(query.q()).isEqualTo("water the plants");
		assertThat(query.href()).isEqualTo("/tasks?q=water+the+plants&tag=home&page=1");
		assertThat(ListQuery.ofUrl(null).href()).isEqualTo("/tasks");
		assertThat(ListQuery.ofUrl("::not a url").href()).isEqualTo("/tasks");
	}

	private static MultiValueMap<String, String> params(Map<String, List<String>> values) {
		return new LinkedMultiValueMap<>(new LinkedHashMap<>(values));
	}

}
