package io.todoplatform.problems;

/**
 * Text that no API accepts: NUL characters, which PostgreSQL cannot store in text, and
 * UTF-16 surrogates without their pair, which are not Unicode text at all (JSON can spell
 * them: {@code "\ud800"}). Every JSON string and every query parameter is checked for
 * them in one place ({@code StrictJson}, {@link QueryParameters}), so that no field needs
 * a check of its own.
 */
public final class UnsafeText {

	public static final String REASON = "must not contain NUL characters or unpaired UTF-16 surrogates";

	private static final char REPLACEMENT = '\uFFFD';

	private UnsafeText() {
	}

	public static boolean in(CharSequence text) {
		for (var i = 0; i < text.length(); i++) {
			if (unsafeAt(text, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with each unsafe character replaced by U+FFFD, so that it can be shown
	 * back in an answer.
	 */
	public static String shown(String text) {
		if (!in(text)) {
			return text;
		}
		var shown = new StringBuilder(text);
		for (var i = 0; i < shown.length(); i++) {
			if (unsafeAt(text, i)) {
				shown.setCharAt(i, REPLACEMENT);
			}
		}
		return shown.toString();
	}

	private static boolean unsafeAt(CharSequence text, int i) {
		var c = text.charAt(i);
		if (c == '\0') {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}

}
