/**
 * Signing in: the page; the identity module does the signing in.
 */
@NullMarked
package io.todoplatform.web.signin;

import org.jspecify.annotations.NullMarked;
