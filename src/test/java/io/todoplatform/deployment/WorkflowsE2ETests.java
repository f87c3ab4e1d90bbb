package io.todoplatform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery pipelines in {@code .github/workflows} (docs/adr/0033), checked where they
 * cannot run: actionlint (from {@code deploy/ci/build-tools.sh}) with shellcheck over
 * every {@code run:} script and the configuration variables of
 * {@code .github/actionlint.yaml}, and checkov's GitHub Actions policies. shellcheck is a
 * Debian package ({@code .ci/run} installs it): without it actionlint would skip the
 * scripts silently, so its absence fails the tests.
 */
class WorkflowsE2ETests {

	private static final Duration BUILD = Duration.ofMinutes(15);

	private static final Path PROJECT = Path.of(System.getProperty("todo.e2e.project-dir", "")).toAbsolutePath();

	@Test
	void actionlintFindsNothingInTheWorkflows() throws IOException {
		var workflows = workflows(PROJECT);
		assertThat(workflows).as("workflows in .github/workflows").isNotEmpty();

		var lint = actionlint(workflows);

		assertThat(lint.exitCode()).as(lint.toString()).isZero();
	}

	// The clean result above means something only if actionlint really checks action
	// inputs, scripts and variables here.
	@Test
	void actionlintReportsAnUnknownInputAScriptFindingAndAnUnknownVariable(@TempDir Path project) throws IOException {
		Files.createDirectories(project.resolve(".git"));
		var workflows = Files.createDirectories(project.resolve(".github/workflows"));
		Files.copy(PROJECT.resolve(".github/actionlint.yaml"), project.resolve(".github/actionlint.yaml"));
		Files.writeString(workflows.resolve("broken.yml"), """
				on: push
				permissions: {}
				jobs:
				  broken:
				    runs-on: ubuntu-24.04
				    steps:
				      - uses: actions/checkout@v6
				        with:
				          depth: 1
				      - run: echo $GREETING ${{ vars.AZURE_CLIENTID }}
				""");

		var lint = actionlint(workflows(project));

		assertThat(lint.exitCode()).as(lint.toString()).isEqualTo(1);
		assertThat(lint.output()).contains("input \"depth\" is not defined")
			.contains("SC2086")
			.contains("undefined configuration variable \"azure_clientid\"");
	}

	@Test
	void theScriptsTheWorkflowsRunPassShellcheck() throws IOException {
		try (Stream<Path> files = Files.list(PROJECT.resolve("deploy/ci"))) {
			var scripts = files.filter((file) -> file.toString().endsWith(".sh")).map(Path::toString).sorted().toList();
			Command.of(shellcheck().toString(), "--external-sources", "--source-path=SCRIPTDIR")
				.with(scripts)
				.succeed();
		}
	}

	@Test
	void checkovFindsNothingThatIsNotExplained() {
		var checkov = Checkov.run(KubernetesTools.locate().checkov(), "github_actions", PROJECT);
		assertThat(checkov.unparsed(PROJECT)).as(checkov.toString()).isEmpty();
		assertThat(checkov.unexplained(Checkov.explanations(PROJECT.resolve("deploy/ci/checkov-explained.yaml"))))
			.as("findings without a reason in deploy/ci/checkov-explained.yaml")
			.isEmpty();
	}

	private static Command.Result actionlint(List<String> workflows) {
		var actionlint = ToolScript.run("deploy/ci/build-tools.sh", BUILD).executable("ACTIONLINT");
		// No Python runs in the workflows: pyflakes is off rather than found by chance.
		return Command.of(actionlint.toString(), "-no-color", "-shellcheck=" + shellcheck(), "-pyflakes=")
			.with(workflows)
			.run();
	}

	private static List<String> workflows(Path project) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve(".github/workflows"))) {
			return files.filter((file) -> file.toString().matches(".*\\.ya?ml")).map(Path::toString).sorted().toList();
		}
	}

	private static Path shellcheck() {
		var directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		directories.add("/usr/bin");
		return directories.stream()
			.map((directory) -> Path.of(directory, "shellcheck"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new AssertionError("shellcheck is not on PATH: actionlint needs it to check the "
					+ "workflows' run: scripts. Install it: apt-get install -y shellcheck (.ci/run does)."));
	}

}
