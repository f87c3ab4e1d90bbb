/**
 * The chat model through Spring AI (its OpenAI starter, for any OpenAI-compatible
 * server), off unless a model is configured.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.assistant.adapter.out.model;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
