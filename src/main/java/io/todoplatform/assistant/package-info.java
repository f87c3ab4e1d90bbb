/**
 * Assistant: chatbots act for a user through MCP tools and a chat endpoint. It is a
 * client of the platform's public API with the user's own token, and runs beside the
 * tasks module (the {@code tasks} app-id, or the local mode).
 */
@NullMarked
@ApplicationModule(displayName = "Assistant")
package io.todoplatform.assistant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
