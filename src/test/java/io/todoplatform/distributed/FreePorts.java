package io.todoplatform.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Free TCP ports on the loopback interface, each handed out once per JVM. */
public final class FreePorts {

	/** Everything the harness starts listens here, and only here. */
	static final String HOST = "127.0.0.1";

	/**
	 * The kernel may offer a port again as soon as it is closed, before the process it
	 * was meant for binds it.
	 */
	private static final Set<Integer> handedOut = new HashSet<>();

	private FreePorts() {
	}

	public static synchronized int next() {
		while (true) {
			var port = probe();
			if (handedOut.add(port)) {
				return port;
			}
		}
	}

	private static int probe() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("No free port on the loopback interface", e);
		}
	}

}
