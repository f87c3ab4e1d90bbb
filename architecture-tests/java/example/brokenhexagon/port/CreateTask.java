package example.brokenhexagon.port;

public interface CreateTask {

	void create();

}
