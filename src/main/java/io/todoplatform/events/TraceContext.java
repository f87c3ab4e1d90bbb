package io.todoplatform.events;

import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The W3C {@code traceparent} of the current span, for events to carry so that their handling joins the trace of the
 * change that caused them.
 */
@Component
class TraceContext {

	private final Tracer tracer;

	TraceContext(Tracer tracer) {
		this.tracer = tracer;
	}

	@Nullable String traceparent() {
		var span = tracer.currentSpan();
		if (span == null) {
			return null;
		}
		var context = span.context();
		return "00-" + context.traceId() + "-" + context.spanId() + "-"
				+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
	}
}
