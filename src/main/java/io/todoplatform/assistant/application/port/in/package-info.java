/**
 * What chatbots can do: list the tools and call one as the caller, read resources, and
 * chat (the conversation kept, listed and deleted).
 */
@NullMarked
@PrimaryPort
package io.todoplatform.assistant.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
