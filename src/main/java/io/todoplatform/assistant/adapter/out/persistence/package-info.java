/**
 * The assistant's own PostgreSQL schema, through R2DBC: the results of calls made with an
 * idempotency key, and conversations of the chat endpoint in the local mode.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.assistant.adapter.out.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
