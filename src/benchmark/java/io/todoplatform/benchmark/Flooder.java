package io.todoplatform.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One user flooding the API as cheaply as a client can, so that the flood costs the
 * shared machine little besides what it costs the app: keep-alive HTTP/1.1 connections
 * written and read raw on platform threads (whose CPU time the JVM can tell), each paced
 * to an equal share of the rate. A connection whose answers come slower than its pace
 * falls behind, as a real client's would; the report shows the rate achieved. Answers are
 * only counted by status.
 */
final class Flooder {

	private final URI base;

	private final byte[] request;

	private final int connections;

	private final long intervalNanos;

	private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	private final AtomicLong failures = new AtomicLong();

	private final AtomicLong cpuNanos = new AtomicLong();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean flooding;

	Flooder(URI base, String token, String path, int connections, int rate) {
		this.base = base;
		this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
				+ "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.connections = connections;
		this.intervalNanos = Duration.ofSeconds(connections).toNanos() / rate;
	}

	void start() {
		flooding = true;
		for (int i = 0; i < connections; i++) {
			var offset = intervalNanos * i / connections;
			threads.add(Thread.ofPlatform().daemon().name("flood-" + i).start(() -> flood(offset)));
		}
	}

	void stop() throws InterruptedException {
		flooding = false;
		for (var thread : threads) {
			thread.join();
		}
		threads.clear();
	}

	/** Answers received so far, by status code. */
	Map<Integer, Long> statuses() {
		var counts = new TreeMap<Integer, Long>();
		statuses.forEach((status, count) -> counts.put(status, count.get()));
		return counts;
	}

	long answers() {
		return statuses.values().stream().mapToLong(AtomicLong::get).sum();
	}

	long failures() {
		return failures.get();
	}

	/** CPU seconds the flooding threads have used, summed over every start. */
	double cpuSeconds() {
		return cpuNanos.get() / 1e9;
	}

	private void flood(long offsetNanos) {
		var cpu = ManagementFactory.getThreadMXBean();
		var cpuAtStart = cpu.getCurrentThreadCpuTime();
		var next = System.nanoTime() + offsetNanos;
		while (flooding) {
			try (var socket = new Socket(base.getHost(), base.getPort())) {
				socket.setTcpNoDelay(true);
				var out = socket.getOutputStream();
				var in = new BufferedInputStream(socket.getInputStream());
				while (flooding) {
					Schedule.sleepUntil(next);
					next += intervalNanos;
					if (!exchange(out, in)) {
						break;
					}
				}
			}
			catch (IOException e) {
				failures.incrementAndGet();
			}
		}
		cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuAtStart);
	}

	/**
	 * Sends the request and reads one answer; false when the server closed the
	 * connection.
	 */
	private boolean exchange(OutputStream out, InputStream in) throws IOException {
		out.write(request);
		out.flush();
		var head = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			head.append((char) c);
			if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
				break;
			}
		}
		if (c == -1) {
			return false;
		}
		var text = head.toString();
		statuses.computeIfAbsent(Integer.parseInt(text.substring(9, 12)), any -> new AtomicLong()).incrementAndGet();
		var lower = text.toLowerCase();
		var length = lower.indexOf("\r\ncontent-length:");
		if (length >= 0) {
			var value = lower.substring(length + 17, lower.indexOf("\r\n", length + 2)).strip();
			in.skipNBytes(Long.parseLong(value));
		}
		else if (lower.contains("\r\ntransfer-encoding: chunked")) {
			skipChunks(in);
		}
		return !lower.contains("\r\nconnection: close");
	}

	private static void skipChunks(InputStream in) throws IOException {
		while (true) {
			var size = new StringBuilder();
			int c;
			while ((c = in.read()) != '\n') {
				if (c == -1) {
					throw new IOException("connection closed inside a chunked body");
				}
				size.append((char) c);
			}
			var bytes = Long.parseLong(size.toString().strip().split(";")[0], 16);
			in.skipNBytes(bytes + 2);
			if (bytes == 0) {
				return;
			}
		}
	}

}
