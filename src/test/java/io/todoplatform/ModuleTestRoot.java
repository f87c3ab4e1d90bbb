package io.todoplatform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Where Spring Modulith's module tests find the application's modules. Modulith looks for a class annotated
 * {@code @SpringBootApplication} and takes its package as the root of the modules; {@link TodoPlatform} spells that
 * annotation out to add its module filter, so this stands in for it. An interface, so that no component scan and no
 * {@code @SpringBootTest} ever takes it for a configuration next to {@link TodoPlatform}.
 */
@SpringBootApplication
public interface ModuleTestRoot {
}
