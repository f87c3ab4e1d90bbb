package io.todoplatform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;

/**
 * The Todo Platform: one modular monolith whose modules are the top-level packages beside
 * this class. It is {@code @SpringBootApplication} spelled out, plus the filter that runs
 * only the modules a profile chooses.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = ModuleProfiles.class) })
// Only the settings every process has: a business module binds its own in its
// configuration, so that a process whose profile chooses another module leaves them out
// (ModuleProfiles filters the component scan, not this one).
@ConfigurationPropertiesScan({ "io.todoplatform.events", "io.todoplatform.storage", "io.todoplatform.limits" })
@Modulithic(systemName = "Todo Platform", sharedModules = { "problems", "events", "mergepatch", "apidocs" })
public class TodoPlatform {

	/**
	 * The one source of "now". It ticks in microseconds, PostgreSQL's precision, so that
	 * a time read back from the database equals the time that was written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	public static void main(String[] args) {
		SpringApplication.run(TodoPlatform.class, args);
	}

}
