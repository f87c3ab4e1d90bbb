/**
 * How every HTTP API describes itself in the OpenAPI document: the parts all modules
 * share, and the vocabulary each module's web adapter describes its own operations with
 * (a shared module).
 */
@NullMarked
@ApplicationModule(displayName = "API documentation")
package io.todoplatform.apidocs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
