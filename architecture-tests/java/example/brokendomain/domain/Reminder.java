package example.brokendomain.domain;

import org.springframework.util.Assert;

public record Reminder(String text) {

	public Reminder {
		Assert.hasText(text, "A reminder says something");
	}
}
