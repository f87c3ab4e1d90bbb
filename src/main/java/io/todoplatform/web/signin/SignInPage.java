package io.todoplatform.web.signin;

import io.todoplatform.identity.BrowserPages;
import io.todoplatform.identity.SignedInUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. In the local mode it asks for a user name (the identity module signs
 * the user in when it is posted); with an OIDC issuer it leads to the issuer.
 */
@Controller
class SignInPage {

	private final SignedInUsers users;

	SignInPage(SignedInUsers users) {
		this.users = users;
	}

	@GetMapping(BrowserPages.SIGN_IN)
	String show(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String signedout, Model model) {
		model.addAttribute("local", users.local());
		model.addAttribute("error", error != null);
		model.addAttribute("signedOut", signedout != null);
		return "web/signin";
	}

}
