/**
 * What the assistant needs from the outside: the platform's public API, a store for the
 * results of calls made with an idempotency key, one for conversations, and a language
 * model.
 */
@NullMarked
@SecondaryPort
package io.todoplatform.assistant.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
