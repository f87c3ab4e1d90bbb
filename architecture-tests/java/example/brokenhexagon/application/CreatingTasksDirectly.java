package example.brokenhexagon.application;

public class CreatingTasksDirectly {

	public void create() {
	}

}
