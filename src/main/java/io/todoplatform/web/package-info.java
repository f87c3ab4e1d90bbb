/**
 * Web UI: the pages people use in a browser, served beside the tasks module (the
 * {@code tasks} app-id, or the local mode). It is a client of the public API with the
 * signed-in user's own token, as the assistant is: it never calls another module's beans
 * or reads its tables (ADR 0040). Pages are rendered on the server (Thymeleaf) and
 * updated in place by htmx; each screen is a package of its own.
 */
@NullMarked
@ApplicationModule(displayName = "Web UI", allowedDependencies = { "client", "identity" })
package io.todoplatform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
