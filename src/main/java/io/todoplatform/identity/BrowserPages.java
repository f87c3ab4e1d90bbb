package io.todoplatform.identity;

import java.util.List;

/**
 * The paths a module serves to browsers rather than to API clients: its pages, reached
 * with a session cookie after signing in, under CSRF protection, and its static assets,
 * public. Declared as a bean by the module that serves them (the web UI); without one,
 * every path keeps the stateless bearer-token rules of the API.
 *
 * @param pages path patterns of the pages, signing in and out included
 * @param assets path patterns of scripts, styles and images
 */
public record BrowserPages(List<String> pages, List<String> assets) {

	/** Where the local mode's sign-in page is shown and posted to. */
	public static final String SIGN_IN = "/signin";

	/** Where the sign-out form posts to. */
	public static final String SIGN_OUT = "/signout";

	/**
	 * The registration id of the web UI's OIDC client: signing in at the issuer starts at
	 * {@code /oauth2/authorization/oidc}.
	 */
	public static final String OIDC_REGISTRATION = "oidc";

}
