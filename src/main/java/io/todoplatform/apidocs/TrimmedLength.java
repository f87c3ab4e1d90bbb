package io.todoplatform.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that the server trims with {@link String#strip()} and then requires to be 1 to
 * {@link #max()} characters long, described with {@link JsonSchemas#trimmed(int)}: JSON
 * Schema has no length after trimming.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface TrimmedLength {

	int max();

}
