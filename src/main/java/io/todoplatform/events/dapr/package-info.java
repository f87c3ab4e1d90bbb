/**
 * The distributed mode's transport: Dapr pub/sub over Kafka, published through this app's
 * sidecar and received from it. Internal to the events module.
 */
@NullMarked
package io.todoplatform.events.dapr;

import org.jspecify.annotations.NullMarked;
