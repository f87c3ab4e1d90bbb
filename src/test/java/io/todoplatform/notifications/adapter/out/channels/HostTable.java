package io.todoplatform.notifications.adapter.out.channels;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A name service a test controls, like a hosts file it can change between deliveries (as
 * an attacker's DNS server would): names it knows resolve to what it says, others fail as
 * unknown. It counts the lookups of each name.
 */
final class HostTable implements HostResolver {

	private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

	HostTable point(String name, String... addresses) {
		names.put(name, List.of(addresses).stream().map(InetAddress::ofLiteral).toList());
		return this;
	}

	int lookups(String name) {
		return lookups.getOrDefault(name, new AtomicInteger()).get();
	}

	@Override
	public List<InetAddress> addresses(String host) throws UnknownHostException {
		lookups.computeIfAbsent(host, any -> new AtomicInteger()).incrementAndGet();
		var addresses = names.get(host);
		if (addresses == null) {
			throw new UnknownHostException(host + ": not in the test's table");
		}
		return addresses;
	}

}
