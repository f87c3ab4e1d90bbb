/**
 * The tools a chatbot uses, each a call of the public API run as the caller, the
 * resources, and the chat's own tool loop over the same tools.
 */
@NullMarked
@Application
package io.todoplatform.assistant.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
