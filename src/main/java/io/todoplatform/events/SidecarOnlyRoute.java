package io.todoplatform.events;

/**
 * A route of this process that only its Dapr sidecar may call (it delivers events and
 * triggers jobs there): the security configuration lets a call through only when it
 * carries the sidecar's token ({@link DaprAppToken}). A process without such routes needs
 * no token.
 */
public interface SidecarOnlyRoute {

	/** A Spring path pattern, e.g. {@code /events/**}. */
	String pathPattern();

}
