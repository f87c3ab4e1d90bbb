package example.brokenschemas.notifications;

import io.todoplatform.storage.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;

public class OverdueReport {

	final ModuleSchema tasks;

	OverdueReport(@Qualifier("tasksSchema") ModuleSchema tasks) {
		this.tasks = tasks;
	}

}
