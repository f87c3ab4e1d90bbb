package io.todoplatform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.todoplatform.support.contract.ContractChecking;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real embedded PostgreSQL in a fresh folder,
 * through real HTTP, with a real SMTP server for its email ({@link MailServer}). All such
 * tests share one running application; each test isolates itself by acting as users of
 * its own. Every answer they get is held to the API document ({@link ContractChecking}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "todo.storage.data-dir=target/test-data/${random.uuid}",
				// Failing channels and busy triggers come again quickly, so tests of them
				// end soon.
				"todo.notifications.delivery.first-backoff=50ms", "todo.notifications.in-process.retry-interval=1s",
				// The tests' webhook receivers are plain HTTP on loopback;
				// WebhookDestinationsIntegrationTests turns
				// this off to test the production rules.
				"todo.notifications.webhook.development=true",
				// Tests act fast and sign many users in from one address;
				// RequestLimitsIntegrationTests sets small limits.
				"todo.limits.per-user.requests=1000000", "todo.limits.per-address.requests=1000000",
				// The queue gauges count every second, so tests of them need not wait
				// the production interval.
				"todo.events.metrics-interval=1s",
				// complete_task waits this long at most for a next occurrence: generous
				// on a
				// busy machine.
				"todo.assistant.tools.occurrence-wait=30s" })
@ContextConfiguration(initializers = MailServer.class)
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ RecordedEvents.class, ContractChecking.class })
public @interface ApiTest {

}
