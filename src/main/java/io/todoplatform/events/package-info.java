/**
 * Events between modules: CloudEvents written to the publishing module's outbox in the
 * same transaction as the change that caused them, relayed after commit through the event
 * transport, and applied once by each subscriber however often it arrives.
 */
@NullMarked
@ApplicationModule(displayName = "Events")
package io.todoplatform.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
