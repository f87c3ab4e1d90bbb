package io.todoplatform.mergepatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a patch without the document refuses what applying it to the document refuses,
 * naming the same field.
 */
class JsonMergePatchUnitTests {

	record Document(@Nullable String title, @Nullable Instant dueAt, @Nullable List<String> tags) {
	}

	final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	final JsonMergePatch mergePatch = new JsonMergePatch(json);

	final Document current = new Document("Water the plants", Instant.parse("2026-12-01T08:00:00Z"), List.of("home"));

	@Test
	void aPatchSaysWhatItSetsAndWhatItRemoves() {
		var patch = mergePatch.read(json.readTree("{\"tags\": [\"garden\"], \"dueAt\": null}"), Document.class);

		assertThat(patch.values()).isEqualTo(new Document(null, null, List.of("garden")));
		assertThat(patch.named()).containsExactlyInAnyOrder("tags", "dueAt");
		assertThat(patch.names("title")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"colour\": 1, \"dueAt\": 5}", "{\"tags\": \"home\", \"dueAt\": true}",
			"{\"colour\": null}", "{\"title\": [1], \"colour\": \"red\"}" })
	void aBadPatchIsRefusedForTheFieldApplyingItNames(String text) {
		var patch = json.readTree(text);

		var applied = catchThrowableOfType(JacksonException.class,
				() -> mergePatch.apply(current, patch, Document.class));
		var read = catchThrowableOfType(JacksonException.class, () -> mergePatch.read(patch, Document.class));

		assertThat(applied).isNotNull();
		assertThat(read).isNotNull();
		assertThat(names(read)).isEqualTo(names(applied));
	}

	private static List<String> names(JacksonException failure) {
		return failure.getPath().stream().map(reference -> String.valueOf(reference.getPropertyName())).toList();
	}

	@Test
	void aPatchMustBeAnObject() {
		assertThatExceptionOfType(JsonMergePatch.NotAnObjectException.class)
			.isThrownBy(() -> mergePatch.read(json.readTree("[1, 2]"), Document.class));
	}

}
