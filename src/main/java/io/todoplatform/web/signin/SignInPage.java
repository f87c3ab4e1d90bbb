package io.todoplatform.web.signin;

import io.todoplatform.identity.BrowserPages;
import io.todoplatform.identity.SignedInUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

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
	String show(ServerWebExchange exchange, Model model) {
		// Flags without a value (?error, ?signedout): present or not.
		var flags = exchange.getRequest().getQueryParams();
		model.addAttribute("local", users.local());
		model.addAttribute("atIssuer", users.atIssuer());
		model.addAttribute("oidc", BrowserPages.OIDC_REGISTRATION);
		model.addAttribute("error", flags.containsKey("error"));
		model.addAttribute("signedOut", flags.containsKey("signedout"));
		return "web/signin";
	}

}
