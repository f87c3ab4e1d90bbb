package io.todoplatform.notifications.adapter.out.channels;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Function;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import io.todoplatform.notifications.application.port.out.UndeliverableException;
import io.todoplatform.notifications.domain.WebhookRules;
import reactor.core.scheduler.Schedulers;

/**
 * The only way a webhook delivery learns where to connect: it looks the host up once,
 * refuses it unless every address it has is permitted, and hands exactly those addresses
 * to the connection. Nothing looks the name up a second time, so DNS cannot answer the
 * check one way and the connection another (DNS rebinding). An address written in the URL
 * is checked the same way.
 */
final class CheckedAddresses extends AddressResolverGroup<InetSocketAddress> {

	private final WebhookRules rules;

	private final HostResolver hosts;

	CheckedAddresses(WebhookRules rules, HostResolver hosts) {
		this.rules = rules;
		this.hosts = hosts;
	}

	@Override
	protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
		return new AbstractAddressResolver<>(executor, InetSocketAddress.class) {

			/**
			 * Never: otherwise an address given literally would be connected to
			 * unchecked.
			 */
			@Override
			protected boolean doIsResolved(InetSocketAddress address) {
				return false;
			}

			@Override
			protected void doResolve(InetSocketAddress address, Promise<InetSocketAddress> promise) {
				lookUp(address, promise, List::getFirst);
			}

			@Override
			protected void doResolveAll(InetSocketAddress address, Promise<List<InetSocketAddress>> promise) {
				lookUp(address, promise, Function.identity());
			}
		};
	}

	/**
	 * On a worker thread: the system resolver blocks, and Netty's event loop must not.
	 */
	private <T> void lookUp(InetSocketAddress address, Promise<T> promise,
			Function<List<InetSocketAddress>, T> answer) {
		Schedulers.boundedElastic().schedule(() -> {
			try {
				var found = address.isUnresolved() ? hosts.addresses(address.getHostString())
						: List.of(address.getAddress());
				if (found.isEmpty() || !found.stream().allMatch(rules::permits)) {
					// The addresses stay out of the message: it is shown to the user, and
					// would map internal names.
					promise.tryFailure(new UndeliverableException("The webhook's host " + address.getHostString()
							+ " is not on the public internet: refused"));
					return;
				}
				promise.trySuccess(answer
					.apply(found.stream().map(each -> new InetSocketAddress(each, address.getPort())).toList()));
			}
			catch (Exception e) {
				promise.tryFailure(e);
			}
		});
	}

}
