package io.todoplatform.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling when no user is named: the client's IP address (behind a proxy, with
 * {@code server.forward-headers-strategy} set, the one it forwards). An IPv6 client
 * counts by its /64 network, which a subscriber usually has whole and can hop around in
 * at will.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(ServerWebExchange exchange) {
		var remote = exchange.getRequest().getRemoteAddress();
		var address = remote == null ? null : remote.getAddress();
		if (address == null) {
			return "unknown";
		}
		if (address instanceof Inet6Address) {
			var network = Arrays.copyOf(address.getAddress(), 16);
			Arrays.fill(network, 8, 16, (byte) 0);
			return ofBytes(network).getHostAddress() + "/64";
		}
		return address.getHostAddress();
	}

	private static InetAddress ofBytes(byte[] address) {
		try {
			return InetAddress.getByAddress(address);
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException("16 bytes are an IPv6 address", e);
		}
	}

}
