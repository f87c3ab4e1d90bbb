package io.todoplatform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Where Spring Modulith's module tests find the root package of the application's
 * modules, in place of {@link TodoPlatform}.
 */
// Modulith looks for a class annotated @SpringBootApplication, and TodoPlatform spells
// that annotation out to add its module filter. An interface, so that no component scan
// and no @SpringBootTest takes it for a second configuration.
@SpringBootApplication
public interface ModuleTestRoot {

}
