package io.todoplatform.tasks.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.todoplatform.support.Api;
import io.todoplatform.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiTest
class TaskSearchIntegrationTests {

	@Autowired
	WebTestClient web;

	Api api;

	Api.User user;

	@BeforeEach
	void setUp() {
		api = new Api(web);
		user = api.newUser();
	}

	@Test
	void aTitleMatchOutranksADescriptionMatch() {
		api.create(user, Map.of("title", "Call the plumber", "description", "About the garden invoice", "priority",
				"VERY_IMPORTANT"));
		api.create(user, Map.of("title", "Garden", "description", "Plant the tulips", "priority", "LOW"));

		assertThat(api.titles(user, "q=garden")).containsExactly("Garden", "Call the plumber");
	}

	@Test
	void searchStemsWords() {
		api.create(user, Map.of("title", "Run five kilometres"));
		api.create(user, Map.of("title", "Read a book", "description", "Something about running shoes"));
		api.create(user, Map.of("title", "Buy groceries"));

		assertThat(api.titles(user, "q=running")).containsExactlyInAnyOrder("Run five kilometres", "Read a book");
		assertThat(api.titles(user, "q=runs").getFirst()).isEqualTo("Run five kilometres");
	}

	@Test
	void webSearchSyntaxSupportsPhrasesOrAndNegation() {
		api.create(user, Map.of("title", "Pay the electricity bill"));
		api.create(user, Map.of("title", "Pay the water bill"));
		api.create(user, Map.of("title", "Bill Gates biography"));

		assertThat(api.titles(user, "q=\"electricity bill\"")).containsExactly("Pay the electricity bill");
		assertThat(api.titles(user, "q=bill -pay")).containsExactly("Bill Gates biography");
		assertThat(api.titles(user, "q=electricity or water")).hasSize(2);
	}

	@Test
	void anExplicitSortReplacesRelevanceAndFiltersStillApply() {
		api.create(user, Map.of("title", "Garden", "priority", "LOW"));
		api.create(user, Map.of("title", "Water", "description", "the garden", "priority", "HIGH"));
		api.create(user, Map.of("title", "Garden shed", "priority", "MEDIUM", "tags", java.util.List.of("home")));

		assertThat(api.titles(user, "q=garden&sort=priority,desc")).containsExactly("Water", "Garden shed", "Garden");
		assertThat(api.titles(user, "q=garden&tag=home")).containsExactly("Garden shed");
		assertThat(api.page(user, "q=garden&size=1")).containsEntry("totalItems", 3);
	}

	@Test
	void wordsThatAreOnlyStopWordsOrSymbolsFindNothingRatherThanFail() {
		api.create(user, Map.of("title", "The plan"));

		assertThat(api.titles(user, "q=the")).isEmpty();
		assertThat(api.titles(user, "q=%26%7C!(")).isEmpty();
	}

}
