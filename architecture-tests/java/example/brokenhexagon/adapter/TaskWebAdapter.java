package example.brokenhexagon.adapter;

import example.brokenhexagon.application.CreatingTasksDirectly;
import example.brokenhexagon.port.CreateTask;

public class TaskWebAdapter {

	CreateTask allowed;

	CreatingTasksDirectly violation = new CreatingTasksDirectly();

	void post() {
		violation.create();
	}

}
