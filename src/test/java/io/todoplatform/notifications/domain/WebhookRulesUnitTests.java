package io.todoplatform.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRulesUnitTests {

	private static final WebhookRules STRICT = new WebhookRules(false);

	private static final WebhookRules DEVELOPMENT = new WebhookRules(true);

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks.example.org/r", "https://hooks.example.org:8443/todo?team=7",
			"https://HOOKS.Example.ORG./r", "https://xn--bcher-kva.example/r", "https://93.184.215.14/r",
			"https://[2606:4700:4700::1111]/r", "https://[::ffff:8.8.8.8]/r", "https://8.8.8.8:443/r" })
	void anHttpsUrlOfAPublicHostIsAWebhook(String url) {
		assertThat(STRICT.refusal(URI.create(url))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://hooks.example.org/r", "ftp://hooks.example.org/r", "hooks.example.org/r",
			"file:///etc/passwd" })
	void onlyHttpsOutsideDevelopment(String url) {
		assertThat(STRICT.refusal(URI.create(url))).contains("must be an https URL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://user:pw@hooks.example.org/r", "http://user:pw@hooks.example.org/r",
			"https://token@hooks.example.org/r", "https://user:pw@127.0.0.1/" })
	void credentialsInTheUrlAreRefusedWithoutRepeatingThem(String url) {
		var refusal = STRICT.refusal(URI.create(url));

		assertThat(refusal).contains("must not contain a user name or password");
		assertThat(refusal.get()).doesNotContain("pw").doesNotContain("token");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// loopback, unspecified, broadcast
			"https://127.0.0.1/", "https://127.8.9.10/", "https://[::1]/", "https://0.0.0.0/", "https://[::]/",
			"https://255.255.255.255/",
			// private (RFC 1918), shared (CGNAT), link-local and cloud metadata,
			// unique-local (AWS's IPv6 metadata)
			"https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.1.1/",
			"https://100.64.0.1/", "https://100.127.255.254/", "https://169.254.169.254/latest/meta-data/",
			"https://[fe80::1]/", "https://[fd00:ec2::254]/", "https://[fc00::1]/",
			// multicast, documentation, benchmarking, reserved
			"https://224.0.0.1/", "https://239.255.255.250/", "https://[ff02::1]/", "https://192.0.2.1/",
			"https://198.18.0.1/", "https://240.0.0.1/", "https://[2001:db8::1]/", "https://192.0.0.192/",
			// IPv4-mapped IPv6 forms of the above, and the other ways of embedding IPv4
			// in IPv6
			"https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://[::ffff:10.0.0.1]/",
			"https://[::ffff:169.254.169.254]/", "https://[::ffff:0.0.0.0]/", "https://[::ffff:100.64.0.1]/",
			"https://[64:ff9b::a9fe:a9fe]/", "https://[2002:a9fe:a9fe::1]/", "https://[::127.0.0.1]/",
			"https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/" })
	void anAddressOutsideThePublicInternetIsRefused(String url) {
		assertThat(STRICT.refusal(URI.create(url))).contains(WebhookRules.NOT_PUBLIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://2130706433/", "https://0x7f.1/", "https://0x7f000001/", "https://0177.0.0.1/",
			"https://127.1/", "https://0127.0.0.1/", "https://127.000.000.001/", "https://1.2.3.4.5/",
			"https://017700000001/", "https://10.0.0.1.2130706433/", "https://hooks/", "https://metadata/",
			"https://ex_ample.org/", "https://hooks.example.org:99999/", "https:hooks.example.org",
			"https://[fe80::1%25eth0]/", "https://-hooks.example.org/" })
	void numericHostTricksAndUnqualifiedNamesAreRefusedRatherThanInterpreted(String url) {
		assertThat(STRICT.refusal(URI.create(url))).isPresent()
			.get()
			.isIn(WebhookRules.UNCLEAR_HOST, WebhookRules.NOT_PUBLIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://localhost/", "https://localhost./", "https://api.localhost/",
			"https://metadata.google.internal/computeMetadata/v1/", "https://metadata.google.internal./",
			"https://instance-data.ec2.internal/", "https://printer.local/", "https://nas.home.arpa/",
			"https://box.localdomain/" })
	void localAndInternalNamesAreRefused(String url) {
		assertThat(STRICT.refusal(URI.create(url))).contains(WebhookRules.LOCAL_NAME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://[::1]:8080/hook", "http://localhost:9000/hook",
			"http://receiver.localhost/hook", "https://hooks.example.org/r" })
	void developmentAlsoAllowsPlainHttpAndLoopback(String url) {
		assertThat(DEVELOPMENT.refusal(URI.create(url))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
			"https://metadata.google.internal/", "http://[fd00:ec2::254]/", "http://0.0.0.0/", "http://2130706433/",
			"http://user:pw@127.0.0.1/" })
	void developmentStillRefusesEverythingElse(String url) {
		assertThat(DEVELOPMENT.refusal(URI.create(url))).isPresent();
	}

	@Test
	void resolvedAddressesArePermittedOnlyOnThePublicInternet() {
		assertThat(STRICT.permits(InetAddress.ofLiteral("93.184.215.14"))).isTrue();
		assertThat(STRICT.permits(InetAddress.ofLiteral("2606:4700:4700::1111"))).isTrue();
		for (var address : new String[] { "127.0.0.1", "::1", "10.1.2.3", "100.64.0.1", "169.254.169.254",
				"fd00:ec2::254", "::ffff:192.168.0.1", "0.0.0.0", "::", "224.0.0.251" }) {
			assertThat(STRICT.permits(InetAddress.ofLiteral(address))).as(address).isFalse();
		}
		assertThat(DEVELOPMENT.permits(InetAddress.ofLiteral("127.0.0.1"))).isTrue();
		assertThat(DEVELOPMENT.permits(InetAddress.ofLiteral("::1"))).isTrue();
		assertThat(DEVELOPMENT.permits(InetAddress.ofLiteral("10.1.2.3"))).isFalse();
	}

}
