/**
 * The task model and its rules, free of any framework.
 */
@NullMarked
@DomainLayer
package io.todoplatform.tasks.domain;

import org.jmolecules.architecture.layered.DomainLayer;
import org.jspecify.annotations.NullMarked;
