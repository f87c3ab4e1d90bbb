package example.brokenschemas.notifications;

import java.util.List;

import io.todoplatform.storage.ModuleSchema;

public class EverySchema {

	final List<ModuleSchema> schemas;

	EverySchema(List<ModuleSchema> schemas) {
		this.schemas = schemas;
	}

}
