package io.todoplatform.web;

/**
 * The session is no longer signed in, or its token is refused: the user is sent to sign
 * in ({@link PageAdvice}).
 */
class SignInAgain extends RuntimeException {

	SignInAgain() {
		super("The session has no valid token for the API", null, false, false);
	}

}
