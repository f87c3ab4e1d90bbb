/**
 * The chat panel: the user's conversations with the assistant, a message box, the answer
 * and the tools it used; shown only where a chat model is configured.
 */
@NullMarked
package io.todoplatform.web.chat;

import org.jspecify.annotations.NullMarked;
