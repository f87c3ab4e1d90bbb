/**
 * The links notices carry, and the signatures that let a snooze link work without signing
 * in.
 */
@NullMarked
@SecondaryAdapter
package io.todoplatform.notifications.adapter.out.links;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
