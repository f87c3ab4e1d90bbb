/**
 * The notifications use cases.
 */
@NullMarked
@Application
package io.todoplatform.notifications.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
