package io.todoplatform.mergepatch;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The schema of an RFC 7396 merge patch of a resource document whose fields are not
 * objects (so each patch field replaces the whole field), as {@link JsonMergePatch}
 * applies it: any of the document's fields, none required; a field sent as null is
 * removed and takes its default, so only the fields that may be null in the document
 * (those with a default) may be null in the patch; nothing else is allowed.
 */
public final class MergePatchSchema {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private MergePatchSchema() {
	}

	public static Schema<?> of(Schema<?> document, String description) {
		var patch = new JsonSchema().types(new LinkedHashSet<>(List.of("object")));
		patch.setProperties(new LinkedHashMap<>(document.getProperties()));
		patch.setAdditionalProperties(false);
		return patch.description(description);
	}

}
