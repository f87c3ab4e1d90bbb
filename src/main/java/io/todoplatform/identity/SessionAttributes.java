package io.todoplatform.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session attributes as stored: Java serialization, which every attribute Spring Security
 * keeps in a session supports. Reading accepts only the classes such attributes are made
 * of (the JDK's, Spring's, Nimbus' and this module's), so a row that was tampered with
 * cannot make this process build anything else.
 */
final class SessionAttributes {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

	private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config
		.createFilter("maxdepth=30;maxbytes=1048576;java.**;org.springframework.**;com.nimbusds.**;"
				+ SessionAttributes.class.getPackageName() + ".*;!*");

	private SessionAttributes() {
	}

	/** Each value's bytes, null for a removed attribute. */
	static Map<String, @Nullable ByteBuffer> serialize(Map<String, @Nullable Object> values) {
		var bytes = new HashMap<String, @Nullable ByteBuffer>();
		values.forEach((name, value) -> bytes.put(name, value == null ? null : ByteBuffer.wrap(bytes(value))));
		return bytes;
	}

	/** The values, none when one cannot be read (a class that changed since). */
	static Optional<Map<String, Object>> deserialize(Map<String, ByteBuffer> bytes) {
		var values = new HashMap<String, Object>();
		for (var attribute : bytes.entrySet()) {
			try {
				values.put(attribute.getKey(), object(attribute.getValue()));
			}
			catch (IOException | ClassNotFoundException e) {
				log.info("A browser session's attribute {} cannot be read, so its user signs in again: {}",
						attribute.getKey(), e.toString());
				return Optional.empty();
			}
		}
		return Optional.of(values);
	}

	private static byte[] bytes(Object value) {
		var out = new ByteArrayOutputStream();
		try (var objects = new ObjectOutputStream(out)) {
			objects.writeObject(value);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot serialize the session attribute " + value.getClass(), e);
		}
		return out.toByteArray();
	}

	private static Object object(ByteBuffer buffer) throws IOException, ClassNotFoundException {
		var bytes = new byte[buffer.remaining()];
		buffer.duplicate().get(bytes);
		try (var objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			objects.setObjectInputFilter(ALLOWED);
			return objects.readObject();
		}
	}

}
