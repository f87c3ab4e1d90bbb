package example.brokendomain.domain;

import example.brokendomain.port.Tasks;

public record Task(String title) {

	public void saveTo(Tasks tasks) {
		tasks.save(this);
	}
}
