package io.todoplatform.events;

import java.time.Duration;

import io.todoplatform.storage.ModuleSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Forgets, once a day and on the schema's leader only, which events were handled longer
 * ago than {@code age} (no broker keeps a message that long, so none can come again), and
 * events set aside longer ago than that.
 */
final class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final ModuleSchema schema;

	private final DatabaseClient database;

	private final Duration age;

	Retention(ModuleSchema schema, DatabaseClient database, Duration age) {
		this.schema = schema;
		this.database = database;
		this.age = age;
	}

	/** Prunes now and every day after, until disposed. */
	Disposable daily() {
		return Flux.interval(Duration.ZERO, Duration.ofDays(1)).concatMap(day -> prune().onErrorResume(failure -> {
			log.warn("Pruning the {} events failed; trying again tomorrow: {}", schema.name(), failure.toString());
			return Mono.empty();
		})).subscribe();
	}

	Mono<Void> prune() {
		return delete("processed_event", "processed_at").zipWith(delete("inbox", "set_aside_at")).doOnNext(pruned -> {
			if (pruned.getT1() + pruned.getT2() > 0) {
				log.info("Pruned {} handled and {} set-aside event(s) older than {} from {}", pruned.getT1(),
						pruned.getT2(), age, schema.name());
			}
		}).then();
	}

	private Mono<Long> delete(String table, String column) {
		return database
			.sql("delete from " + schema.name() + "." + table + " where " + column
					+ " < now() - make_interval(secs => :age)")
			.bind("age", (double) age.toSeconds())
			.fetch()
			.rowsUpdated();
	}

}
