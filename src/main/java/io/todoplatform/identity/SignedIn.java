package io.todoplatform.identity;

/**
 * The user a browser session belongs to, as the pages need them: a name to show, and
 * their own bearer token for the API calls made for them. The token never reaches the
 * browser.
 */
public record SignedIn(String name, String token) {

	@Override
	public String toString() {
		return "SignedIn[name=" + name + "]";
	}

}
