package io.todoplatform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.todoplatform.ModuleTestRoot;
import io.todoplatform.TodoPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ModuleSlicing;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Spring Modulith's {@link ApplicationModuleTest} for this application: boots the module
 * of the test's package, with the modules it depends on as {@link #value()} says, on an
 * embedded PostgreSQL in a fresh folder, and records every event between modules
 * ({@link RecordedEvents}).
 */
// That annotation's parts put together again: it takes its root from a class annotated
// @SpringBootApplication, which TodoPlatform is not (see ModuleTestRoot).
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ModuleSlicing(classes = ModuleTestRoot.class)
@SpringBootTest(classes = TodoPlatform.class,
		properties = { "todo.storage.data-dir=target/test-data/${random.uuid}",
				"todo.notifications.delivery.first-backoff=50ms", "todo.notifications.in-process.retry-interval=1s" })
@Import(RecordedEvents.class)
// Each module's context serves one test class: closed after it, its database and relays
// do not load the rest of the run.
@DirtiesContext
public @interface ModuleTest {

	@AliasFor(annotation = ModuleSlicing.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.STANDALONE;

	@AliasFor(annotation = ModuleSlicing.class, attribute = "extraIncludes")
	String[] extraIncludes() default {};

}
