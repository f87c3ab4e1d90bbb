/**
 * The tools as an MCP server over Streamable HTTP at {@code /mcp}.
 */
@NullMarked
@PrimaryAdapter
package io.todoplatform.assistant.adapter.in.mcp;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
