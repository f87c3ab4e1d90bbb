package io.todoplatform.notifications.adapter.out.channels;

import io.netty.channel.ChannelOption;
import io.todoplatform.notifications.configuration.WebhookProperties;
import io.todoplatform.notifications.domain.WebhookRules;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The HTTP client under every webhook delivery, whatever the application's
 * {@code WebClient.Builder} is configured with: it connects only to
 * {@link CheckedAddresses checked addresses}, follows no redirect (a signed POST must not
 * be passed on to wherever a receiver points), keeps no connection between deliveries
 * (each one resolves and checks afresh), and gives up on a connection after the connect
 * timeout (the channel limits the whole delivery).
 */
final class WebhookConnector {

	private WebhookConnector() {
	}

	static ClientHttpConnector of(WebhookProperties properties, WebhookRules rules, HostResolver hosts) {
		var client = HttpClient.create(ConnectionProvider.newConnection())
			.resolver(new CheckedAddresses(rules, hosts))
			.followRedirect(false)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis());
		return new ReactorClientHttpConnector(client);
	}

}
