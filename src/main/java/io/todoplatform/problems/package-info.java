/**
 * How every HTTP API reports a failure: RFC 9457 problem details with a stable type,
 * shared by all modules.
 */
@NullMarked
@ApplicationModule(displayName = "Problems")
package io.todoplatform.problems;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
