package io.todoplatform.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * A reactive transaction manager without a database, for unit tests of use cases that run
 * work in a transaction of their own: it only counts the transactions that committed and
 * those that rolled back.
 */
public final class RecordedTransactions implements ReactiveTransactionManager {

	private final AtomicInteger commits = new AtomicInteger();

	private final AtomicInteger rollbacks = new AtomicInteger();

	@Override
	public Mono<ReactiveTransaction> getReactiveTransaction(TransactionDefinition definition) {
		return Mono.just(new ReactiveTransaction() {

			@Override
			public boolean isNewTransaction() {
				return true;
			}
		});
	}

	@Override
	public Mono<Void> commit(ReactiveTransaction transaction) {
		return Mono.fromRunnable(commits::incrementAndGet);
	}

	@Override
	public Mono<Void> rollback(ReactiveTransaction transaction) {
		return Mono.fromRunnable(rollbacks::incrementAndGet);
	}

	public int commits() {
		return commits.get();
	}

	public int rollbacks() {
		return rollbacks.get();
	}

}
