/**
 * Who is calling: every API request carries a verified bearer token whose subject owns
 * the data it touches. In the local mode this module also issues those tokens. Browsers
 * sign in (a user name locally, OIDC with PKCE in production) and keep a session that
 * every replica shares (in this module's schema).
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package io.todoplatform.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
