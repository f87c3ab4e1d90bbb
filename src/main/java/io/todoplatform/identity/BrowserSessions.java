package io.todoplatform.identity;

import java.time.Clock;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Browser sessions kept in the identity module's schema ({@link StoredSessions}) instead
 * of one replica's memory, in every process that serves pages
 * ({@link EnableBrowserSessions} imports this; it is no component, so processes without
 * pages have neither the schema nor the sweeping). The cookie is WebFlux's:
 * {@code SESSION}, HttpOnly, SameSite=Lax, Secure when the request came over https
 * (behind an Ingress, as its {@code X-Forwarded-Proto} says:
 * {@code server.forward-headers-strategy}).
 */
@EnableSpringWebSession
@EnableConfigurationProperties(SessionProperties.class)
class BrowserSessions {

	@Bean
	ModuleSchema identitySchema() {
		return StoredSessions.SCHEMA;
	}

	@Bean
	StoredSessions browserSessions(DatabaseClient database, TransactionalOperator transactions,
			SessionProperties properties, Clock clock) {
		return new StoredSessions(database, transactions, properties, clock);
	}

	@Bean
	ExpiredSessions expiredBrowserSessions(DatabaseClient database, SessionProperties properties) {
		return new ExpiredSessions(database, properties);
	}

}
