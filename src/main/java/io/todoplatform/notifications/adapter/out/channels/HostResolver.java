package io.todoplatform.notifications.adapter.out.channels;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook's host name into the addresses it has right now. The system's resolver
 * in production; a test can point names at addresses of its choosing.
 */
@FunctionalInterface
public interface HostResolver {

	HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

	List<InetAddress> addresses(String host) throws UnknownHostException;

}
