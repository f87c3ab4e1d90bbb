package example.brokendomain.port;

import example.brokendomain.domain.Task;

public interface Tasks {

	void save(Task task);

}
