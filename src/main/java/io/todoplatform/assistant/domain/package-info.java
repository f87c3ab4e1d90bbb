/**
 * Conversations with the assistant: who had them, their turns, and the bounds that keep
 * them small.
 */
@NullMarked
@DomainLayer
package io.todoplatform.assistant.domain;

import org.jmolecules.architecture.layered.DomainLayer;
import org.jspecify.annotations.NullMarked;
