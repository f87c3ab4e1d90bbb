/**
 * Where the modules keep their data: an embedded PostgreSQL by default, an external one
 * when configured, and each module's own schema migrations.
 */
@NullMarked
@ApplicationModule(displayName = "Storage")
package io.todoplatform.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
