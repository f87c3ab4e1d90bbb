package io.todoplatform.identity;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The local issuer's RSA key. Made fresh in memory by default; with
 * {@code todo.identity.local-key-file} it is kept in that file (PKCS#8, PEM), so that the
 * processes of the local distributed topology accept each other's tokens and tokens
 * survive a restart. The first process to start writes the file; the others read it.
 */
final class LocalKey {

	private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String END = "-----END PRIVATE KEY-----";

	private LocalKey() {
	}

	static KeyPair generate() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("This JVM cannot make RSA keys", e);
		}
	}

	static KeyPair inFile(Path file) {
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			return read(file);
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("Cannot use " + file + " as the local issuer's key (todo.identity"
					+ ".local-key-file): " + e.getMessage() + ". Delete it to have a new one made.", e);
		}
	}

	/**
	 * Written aside, then linked into place: linking fails if another process got there
	 * first, and then theirs wins.
	 */
	private static void create(Path file) throws IOException {
		var folder = Files.createDirectories(file.toAbsolutePath().getParent());
		var pem = BEGIN + "\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(generate().getPrivate().getEncoded())
				+ "\n" + END + "\n";
		var draft = Files.createTempFile(folder, "local-key", ".pem",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(draft, pem);
			Files.createLink(file, draft);
		}
		catch (FileAlreadyExistsException e) {
			// Another process made the key meanwhile: use theirs.
		}
		finally {
			Files.delete(draft);
		}
	}

	private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
		var pem = Files.readString(file).replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
		var keys = KeyFactory.getInstance("RSA");
		var privateKey = (RSAPrivateCrtKey) keys
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		var publicKey = keys
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		return new KeyPair(publicKey, privateKey);
	}

}
