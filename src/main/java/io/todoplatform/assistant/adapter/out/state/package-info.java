/**
 * Conversations in the Dapr state store of the sidecar (PostgreSQL behind it), where the
 * assistant runs as an app-id.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.assistant.adapter.out.state;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
