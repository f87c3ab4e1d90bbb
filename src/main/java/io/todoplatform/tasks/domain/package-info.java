/**
 * The task model and its rules, free of any framework.
 */
@NullMarked
package io.todoplatform.tasks.domain;

import org.jspecify.annotations.NullMarked;
