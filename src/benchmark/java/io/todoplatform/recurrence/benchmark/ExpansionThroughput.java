package io.todoplatform.recurrence.benchmark;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.SeriesStart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many occurrences a second the engine expands, in a zone with daylight saving time.
 * One operation is one occurrence, so the score reads as occurrences per second (target:
 * more than 1,000,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExpansionThroughput {

	static final int OCCURRENCES = 1_000;

	@Param({ "FREQ=DAILY", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" })
	public String rule;

	private RecurrenceSchedule schedule;

	@Setup
	public void createSchedule() {
		schedule = RecurrenceSchedule.of(RecurrenceRule.parse(rule),
				new SeriesStart.Timed(LocalDateTime.of(2026, 1, 5, 9, 0)), ZoneId.of("Europe/Berlin"));
	}

	@Benchmark
	@OperationsPerInvocation(OCCURRENCES)
	public List<Occurrence> expand() {
		return schedule.first(OCCURRENCES);
	}

}
