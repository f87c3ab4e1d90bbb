package io.todoplatform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand over a socket, for requests that well-behaved clients refuse
 * to send (control characters, encoded slashes, oversized lines): the bytes go out
 * exactly as given.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * The answer: the status code, the content type (lower case, or empty) and the body.
	 */
	public record Answer(int status, String contentType, String body) {
	}

	/**
	 * Sends {@code GET target} with the given extra header lines (each ending in CRLF)
	 * and reads the whole answer.
	 */
	public static Answer get(int port, String target, String headerLines) {
		var request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headerLines + "\r\n";
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			var head = answer.substring(0, answer.indexOf("\r\n\r\n"));
			var contentType = head.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
				.map(line -> line.substring("content-type:".length()).strip().toLowerCase(Locale.ROOT))
				.findFirst()
				.orElse("");
			return new Answer(Integer.parseInt(head.split(" ")[1]), contentType, answer.substring(head.length() + 4));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
