/**
 * RFC 7396 JSON merge patch, applied the same way by every module's API.
 */
@NullMarked
@ApplicationModule(displayName = "Merge patch")
package io.todoplatform.mergepatch;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
