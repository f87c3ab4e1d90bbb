package io.todoplatform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a real embedded PostgreSQL in a fresh folder, through real HTTP. All such
 * tests share one running application; each test isolates itself by acting as users of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "todo.storage.data-dir=target/test-data/${random.uuid}")
@AutoConfigureWebTestClient(timeout = "30s")
@Import(RecordedEvents.class)
public @interface ApiTest {
}
