package io.todoplatform.support.contract;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Holds every exchange of a client to the API document its server publishes at
 * {@code /v3/api-docs}, and fails the exchange (and so the test that made it) with every
 * way it breaks the document. The API tests' clients use it, so each response they
 * provoke is checked against the document.
 */
public final class ContractFilter implements ExchangeFilterFunction {

	/** One document per server; the API tests share one server. */
	private static final Map<String, Mono<ApiContract>> PUBLISHED = new ConcurrentHashMap<>();

	private final Function<ClientRequest, Mono<ApiContract>> contracts;

	/** Holds exchanges to the document their server publishes. */
	public ContractFilter() {
		this.contracts = ContractFilter::published;
	}

	/** Holds exchanges to this document, e.g. a deliberately wrong one. */
	public ContractFilter(ApiContract contract) {
		this.contracts = request -> Mono.just(contract);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		var sent = new AtomicReference<>(new Sent(request.headers(), new byte[0]));
		var recorded = ClientRequest.from(request)
			.body((message, context) -> request.body().insert(new Recording(message, sent), context))
			.build();
		return next.exchange(recorded)
			.flatMap(response -> DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
				.map(ContractFilter::bytes)
				.defaultIfEmpty(new byte[0])
				.flatMap(received -> contracts.apply(request).map(contract -> {
					var violations = contract.violations(
							new Exchange(request.method(), request.url(), sent.get().headers(), sent.get().body(),
									response.statusCode().value(), response.headers().asHttpHeaders(), received));
					if (!violations.isEmpty()) {
						throw new AssertionError("The answer breaks the API document (/v3/api-docs):\n  "
								+ String.join("\n  ", violations));
					}
					return response.mutate()
						.body(consumed -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(received)))
						.build();
				})));
	}

	private static Mono<ApiContract> published(ClientRequest request) {
		var url = request.url();
		var server = url.getScheme() + "://" + url.getAuthority();
		return PUBLISHED.computeIfAbsent(server,
				base -> WebClient.create(base)
					.get()
					.uri("/v3/api-docs")
					.exchangeToMono(response -> DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers())))
					.map(buffer -> ApiContract.of(new String(bytes(buffer), StandardCharsets.UTF_8)))
					.cache());
	}

	/**
	 * Without the codecs' size limit: the API document alone is larger than the API takes
	 * in a request.
	 */
	private static byte[] bytes(DataBuffer buffer) {
		var bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		DataBufferUtils.release(buffer);
		return bytes;
	}

	/**
	 * What went out: the headers as written (the codecs add the content type), and the
	 * body.
	 */
	private record Sent(HttpHeaders headers, byte[] body) {
	}

	/** Keeps a copy of the body and its headers on their way out. */
	private static final class Recording extends ClientHttpRequestDecorator {

		private final AtomicReference<Sent> sent;

		Recording(ClientHttpRequest request, AtomicReference<Sent> sent) {
			super(request);
			this.sent = sent;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return DataBufferUtils.join(body).flatMap(buffer -> {
				sent.set(new Sent(HttpHeaders.copyOf(getHeaders()), bytes(buffer)));
				return super.writeWith(Mono.just(bufferFactory().wrap(sent.get().body())));
			});
		}

	}

}
