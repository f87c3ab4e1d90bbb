package io.todoplatform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The Todo Platform: one modular monolith whose modules are the top-level packages beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Todo Platform", sharedModules = { "problems", "events", "mergepatch" })
public class TodoPlatform {

	/**
	 * The one source of "now". It ticks in microseconds, PostgreSQL's precision, so that a time read back from the
	 * database equals the time that was written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	public static void main(String[] args) {
		SpringApplication.run(TodoPlatform.class, args);
	}
}
