/**
 * What chatbots can do: list the tools and call one as the caller.
 */
@NullMarked
@PrimaryPort
package io.todoplatform.assistant.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
