/**
 * The platform's public API as its clients call it, with a user's own token: the modules
 * that act for a user from inside the {@code tasks} app-id (the assistant's tools, the
 * web UI) go through the API, never through another module's beans or tables, so they can
 * do exactly what the API lets that user do.
 */
@NullMarked
@ApplicationModule(displayName = "Client")
package io.todoplatform.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
