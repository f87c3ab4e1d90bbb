package io.todoplatform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Put on the configuration of a module that serves {@link BrowserPages}: their sessions
 * are then shared by every replica (kept in PostgreSQL), so a sign-in that comes back
 * from the OIDC issuer to another replica, or the next request of a signed-in user, finds
 * the session.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(BrowserSessions.class)
public @interface EnableBrowserSessions {

}
