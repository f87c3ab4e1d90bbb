package io.todoplatform.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web UI's OIDC client at the issuer whose tokens the API accepts
 * ({@code todo.identity.sign-in.*}; in pods from a Kubernetes Secret). Without a client
 * id, browsers sign in only in the local mode.
 *
 * @param clientId the UI's client id at the issuer
 * @param clientSecret its secret (a confidential client; PKCE is used as well)
 * @param scopes what the sign-in asks for: {@code openid} and the API's own scope, so
 * that the access token is one the API accepts (Entra ID:
 * {@code api://<api app id>/<scope>})
 */
@ConfigurationProperties("todo.identity.sign-in")
record SignInProperties(@DefaultValue("") String clientId, @DefaultValue("") String clientSecret, @DefaultValue( {
		"openid", "profile" }) List<String> scopes){

}
