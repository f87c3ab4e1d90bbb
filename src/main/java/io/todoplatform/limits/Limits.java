package io.todoplatform.limits;

import org.springframework.stereotype.Component;

/** The two request limits as configured, and whether they apply at all. */
@Component
class Limits {

	private final boolean enabled;

	private final Limit perUser;

	private final Limit perAddress;

	Limits(LimitProperties properties) {
		this.enabled = properties.enabled();
		this.perUser = new Limit("per-user", properties.perUser());
		this.perAddress = new Limit("per-address", properties.perAddress());
	}

	boolean enabled() {
		return enabled;
	}

	Limit perUser() {
		return perUser;
	}

	Limit perAddress() {
		return perAddress;
	}

}
