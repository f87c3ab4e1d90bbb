package io.todoplatform.notifications.domain;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a webhook may point: an https URL of a public host, without credentials. Checked
 * when a user saves it, and again before every delivery, then against every address its
 * host name resolves to at that moment ({@link #permits}), since DNS may have changed in
 * between. Hosts are written as a DNS name or an IP address in standard notation: the
 * numeric tricks that parsers disagree on ({@code 2130706433}, {@code 0x7f.1},
 * {@code 0177.0.0.1}) are refused rather than interpreted.
 *
 * @param development also allows plain http and loopback addresses, for a receiver on a
 * developer's own machine
 */
@ValueObject
public record WebhookRules(boolean development) {

	static final String NOT_PUBLIC = "must point at a public address, not a loopback, private, link-local, "
			+ "unique-local, multicast or other special-purpose one";
	static final String LOCAL_NAME = "must name a public host, not localhost or a .local, .internal or other local name";
	static final String UNCLEAR_HOST = "must name its host by a fully qualified DNS name or an IP address in standard "
			+ "notation";

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

	private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	/**
	 * A last label starting with a letter: one that is all digits or hex makes the host
	 * an IPv4 address to browsers.
	 */
	private static final Pattern TOP_LABEL = Pattern.compile("[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final List<String> LOCAL_NAMES = List.of("localhost", "local", "internal", "home.arpa",
			"localdomain");

	private static final int LONGEST_NAME = 253;

	/**
	 * Why the URL may not be a webhook, or nothing if it may. The reason never repeats
	 * the URL.
	 */
	public Optional<String> refusal(URI url) {
		if (url.getRawUserInfo() != null) {
			return Optional.of("must not contain a user name or password");
		}
		var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(development && scheme.equals("http"))) {
			return Optional.of(development ? "must be an http or https URL" : "must be an https URL");
		}
		if (url.getHost() == null || url.getPort() > 65535) {
			return Optional.of(UNCLEAR_HOST);
		}
		return hostRefusal(url.getHost().toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a delivery may connect to this address, one of those the webhook's host
	 * resolved to.
	 */
	public boolean permits(InetAddress address) {
		return PublicAddresses.isPublic(address) || development && address.isLoopbackAddress();
	}

	private Optional<String> hostRefusal(String host) {
		if (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()) {
			try {
				return permits(InetAddress.ofLiteral(host)) ? Optional.empty() : Optional.of(NOT_PUBLIC);
			}
			catch (IllegalArgumentException e) {
				return Optional.of(UNCLEAR_HOST);
			}
		}
		var name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		if (LOCAL_NAMES.stream().anyMatch(local -> name.equals(local) || name.endsWith("." + local))) {
			return development && (name.equals("localhost") || name.endsWith(".localhost")) ? Optional.empty()
					: Optional.of(LOCAL_NAME);
		}
		var labels = name.split("\\.", -1);
		var wellFormed = name.length() <= LONGEST_NAME && labels.length >= 2
				&& TOP_LABEL.matcher(labels[labels.length - 1]).matches()
				&& List.of(labels).stream().allMatch(label -> LABEL.matcher(label).matches());
		return wellFormed ? Optional.empty() : Optional.of(UNCLEAR_HOST);
	}
}
