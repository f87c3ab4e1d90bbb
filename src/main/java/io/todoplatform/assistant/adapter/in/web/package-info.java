/**
 * The chat endpoint: a message in, the model's answer out as Server-Sent Events or one
 * JSON document, and the caller's conversations.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.assistant.adapter.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
