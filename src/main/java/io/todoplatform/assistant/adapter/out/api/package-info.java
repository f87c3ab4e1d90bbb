/**
 * The platform's public API over HTTP with the caller's token: this process's own port
 * for the modules it runs, the owning app-id through Dapr service invocation otherwise.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.assistant.adapter.out.api;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
