/**
 * How many requests a caller may make: a fixed window per user on the API and per client
 * address on the local token endpoint, counted in memory in the local mode and in
 * PostgreSQL in the distributed mode (so that the limit holds across every replica of
 * every app-id), and answered with 429 and the IETF {@code RateLimit} headers.
 */
@NullMarked
@ApplicationModule(displayName = "Limits")
package io.todoplatform.limits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
