package io.todoplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyUnitTests {

	@TempDir
	Path folder;

	@Test
	void theFirstProcessMakesTheKeyFileAndEveryLaterOneReadsTheSameKey() throws IOException {
		var file = folder.resolve("identity/local-key.pem");

		var first = LocalKey.inFile(file);
		var second = LocalKey.inFile(file);

		assertThat(second.getPublic()).isEqualTo(first.getPublic());
		assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
	}

	@Test
	void processesStartingTogetherAgreeOnOneKey() throws Exception {
		var file = folder.resolve("local-key.pem");
		try (var executor = Executors.newFixedThreadPool(4)) {
			var keys = IntStream.range(0, 8).mapToObj(i -> executor.submit(() -> LocalKey.inFile(file))).toList();
			var first = keys.getFirst().get().getPublic();
			for (var key : keys) {
				assertThat(key.get().getPublic()).isEqualTo(first);
			}
		}
		assertThat(Files.list(folder)).containsExactly(file);
	}

	@Test
	void aFileThatIsNotAKeySaysHowToRecover() throws IOException {
		var file = Files.writeString(folder.resolve("local-key.pem"), "not a key");

		assertThatThrownBy(() -> LocalKey.inFile(file)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(file.toString())
			.hasMessageContaining("Delete it");
	}

}
