package io.todoplatform.problems;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that are not even HTTP this server accepts (a request line over the decoder's
 * limit: 414; headers over it: 431; malformed: 400) are refused by Reactor Netty before
 * any Spring code runs, with an empty body. A handler next to the HTTP codec gives those
 * answers a problem body like every other refusal; Reactor Netty still decides the status
 * and closes the connection.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolRejections {

	@Bean
	NettyServerCustomizer problemsForUndecodableRequests(JsonMapper json) {
		return server -> server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, "todoProblemBodies", new ProblemBodies(json));
			}
		});
	}

	/**
	 * Watches requests for a decoding failure, then puts a problem into the empty answer
	 * Reactor Netty writes.
	 */
	static final class ProblemBodies extends ChannelDuplexHandler {

		private final JsonMapper json;

		private @Nullable Throwable failure;

		ProblemBodies(JsonMapper json) {
			this.json = json;
		}

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
			if (message instanceof HttpObject http && http.decoderResult().isFailure()) {
				failure = http.decoderResult().cause();
			}
			super.channelRead(context, message);
		}

		@Override
		public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
			var refused = failure;
			if (refused != null && message instanceof FullHttpResponse empty && !empty.content().isReadable()
					&& empty.status().code() >= 400) {
				var body = json
					.writeValueAsBytes(Problems.of(HttpStatusCode.valueOf(empty.status().code()), detail(refused)));
				var answer = new DefaultFullHttpResponse(empty.protocolVersion(), empty.status(),
						Unpooled.wrappedBuffer(body));
				answer.headers()
					.set(empty.headers())
					.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
				ReferenceCountUtil.release(empty);
				failure = null;
				super.write(context, answer, promise);
				return;
			}
			super.write(context, message, promise);
		}

		/**
		 * Netty's own words for the limits, which name them: "An HTTP line is larger than
		 * 4096 bytes."
		 */
		private static String detail(Throwable failure) {
			return failure instanceof TooLongHttpLineException || failure instanceof TooLongHttpHeaderException
					? "The request is too large: " + failure.getMessage()
					: "The request is not valid HTTP/1.1: its request line or a header is malformed";
		}

	}

}
