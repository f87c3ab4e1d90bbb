/**
 * The Todo Platform application; every sub-package is an application module.
 */
@NullMarked
package io.todoplatform;

import org.jspecify.annotations.NullMarked;
