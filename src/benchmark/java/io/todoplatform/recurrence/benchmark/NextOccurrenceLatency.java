package io.todoplatform.recurrence.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.todoplatform.recurrence.domain.Occurrence;
import io.todoplatform.recurrence.domain.RecurrenceRule;
import io.todoplatform.recurrence.domain.RecurrenceSchedule;
import io.todoplatform.recurrence.domain.SeriesStart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long finding the next occurrence after a moment takes, for typical rules of series
 * started a year or more earlier, as when a recurring task is completed (target: p99
 * under 50 µs). Sampled, so that JMH reports percentiles. The moments vary over a year so
 * that no single answer is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NextOccurrenceLatency {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final SeriesStart START = new SeriesStart.Timed(LocalDateTime.of(2025, 1, 6, 9, 0));

	/**
	 * The last one counts from DTSTART, which rules out fast-forwarding: the slow path.
	 */
	@Param({ "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
			"FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=HOURLY;INTERVAL=8",
			"FREQ=DAILY;COUNT=1000" })
	public String rule;

	private RecurrenceSchedule schedule;

	private List<Instant> moments;

	private int next;

	@Setup
	public void createSchedule() {
		schedule = RecurrenceSchedule.of(RecurrenceRule.parse(rule), START, BERLIN);
		moments = IntStream.range(0, 256)
			.mapToObj(i -> Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(2_053L * i)))
			.toList();
	}

	@Benchmark
	public List<Occurrence> nextAfter() {
		return schedule.after(moment(), 1);
	}

	/**
	 * As a use case does it: from the stored rule text, which is parsed and checked every
	 * time.
	 */
	@Benchmark
	public List<Occurrence> parseAndNextAfter() {
		return RecurrenceSchedule.of(RecurrenceRule.parse(rule), START, BERLIN).after(moment(), 1);
	}

	private Instant moment() {
		next = (next + 1) & 255;
		return moments.get(next);
	}

}
