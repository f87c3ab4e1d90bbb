package io.todoplatform.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A secondary port that does what the real one does, except that another writer's change
 * commits just before the first call of one of its methods: a race provoked at the same
 * point every time, against the real database.
 */
public final class Interleaving {

	private Interleaving() {
	}

	/**
	 * @param method the name of the port's method (returning a {@code Mono}) that their
	 * change is to come before
	 * @param theirChange subscribed without our Reactor context, so that it runs and
	 * commits in a transaction of its own instead of joining ours
	 */
	public static <T> T before(Class<T> port, T real, String method, Supplier<Mono<?>> theirChange) {
		var done = new AtomicBoolean();
		var ports = new Class<?>[] { port };
		return port.cast(Proxy.newProxyInstance(port.getClassLoader(), ports, (proxy, called, args) -> {
			Object ours;
			try {
				ours = called.invoke(real, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			if (!called.getName().equals(method) || done.getAndSet(true)) {
				return ours;
			}
			return Mono.defer(theirChange).contextWrite(context -> Context.empty()).then((Mono<?>) ours);
		}));
	}

}
