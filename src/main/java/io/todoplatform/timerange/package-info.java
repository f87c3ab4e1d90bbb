/**
 * The dates and instants every module accepts and computes with: the years 1 to 9999 (a
 * shared module, plain Java).
 */
@NullMarked
@ApplicationModule(displayName = "Time range")
package io.todoplatform.timerange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
