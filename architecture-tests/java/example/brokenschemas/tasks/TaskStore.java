package example.brokenschemas.tasks;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;

public class TaskStore {

	final ModuleSchema schema;

	TaskStore(@Qualifier("tasksSchema") ModuleSchema schema) {
		this.schema = schema;
	}

}
