"""Counts what a schemathesis run sent and what failed, from its NDJSON events (src/benchmark/schemathesis.sh).

Usage: python schemathesis_summary.py <run folder>. Prints Markdown: requests by phase, mode and status, and per check
how many requests failed it, on which operations, with one example each.
"""
import collections
import glob
import json
import re
import sys

# Each check, and what its failures mean for the API.
CATEGORIES = {
    "not_a_server_error": "server errors (5xx)",
    "status_code_conformance": "status code not in the document",
    "content_type_conformance": "content type not in the document",
    "response_headers_conformance": "response headers not as documented",
    "response_schema_conformance": "response body violates its schema",
    "negative_data_rejection": "invalid request accepted",
    "positive_data_acceptance": "valid request rejected",
    "missing_required_header": "missing required header accepted",
    "unsupported_method": "undocumented method not answered 405",
    "allow_header_conformance": "405 without a correct Allow header",
    "use_after_free": "deleted resource still available",
    "ensure_resource_availability": "created resource not available",
    "ignored_auth": "authentication ignored",
    "object_level_authorization": "another user's resource reachable",
    "max_response_time": "too slow",
}


def operation(method, uri):
    path = re.sub(r"https?://[^/]+", "", uri).split("?")[0]
    path = re.sub(r"/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "/{id}", path)
    path = re.sub(r"^(/api/v1/(?:tasks|recurring-tasks|reminders))/[^/]+", r"\1/{id}", path)
    return method + " " + path


def interactions(run_dir):
    """Every request of the run, with its phase, generation mode, response status and checks."""
    for events in glob.glob(run_dir + "/report/ndjson-*.ndjson"):
        for line in open(events):
            event = json.loads(line)
            scenario = event.get("ScenarioFinished")
            if scenario is None:
                continue
            recorder = scenario["recorder"]
            for case_id, interaction in recorder.get("interactions", {}).items():
                case = recorder.get("cases", {}).get(case_id, {}).get("value", {})
                meta = case.get("meta") or {}
                response = interaction.get("response") or {}
                yield {
                    "phase": (meta.get("phase") or {}).get("name", scenario["phase"]),
                    "mode": (meta.get("generation") or {}).get("mode", "?"),
                    "method": interaction["request"]["method"],
                    "uri": interaction["request"]["uri"],
                    "status": str(response.get("status_code", "no response")),
                    "checks": recorder.get("checks", {}).get(case_id, []),
                }


def main(run_dir):
    phases, modes, statuses = collections.Counter(), collections.Counter(), collections.Counter()
    checked, failed = collections.Counter(), collections.defaultdict(collections.Counter)
    examples = {}
    total = 0
    for interaction in interactions(run_dir):
        total += 1
        phases[interaction["phase"]] += 1
        modes[interaction["mode"]] += 1
        status = interaction["status"]
        statuses[status[0] + "xx" if status[0].isdigit() else status] += 1
        for check in interaction["checks"]:
            checked[check["name"]] += 1
            if check["status"] == "failure":
                op = operation(interaction["method"], interaction["uri"])
                failed[check["name"]][op] += 1
                examples.setdefault((check["name"], op), (interaction["method"], interaction["uri"], status))
    if total == 0:
        print("No requests recorded in " + run_dir)
        return
    print("## Requests\n")
    print("- total: %d" % total)
    print("- by phase: " + ", ".join("%s %d" % item for item in sorted(phases.items())))
    print("- by generation mode: " + ", ".join("%s %d" % item for item in sorted(modes.items())))
    print("- by status: " + ", ".join("%s %d" % item for item in sorted(statuses.items())))
    print("\n## Checks\n")
    print("| check | what a failure means | requests checked | requests failed | operations |")
    print("| --- | --- | --- | --- | --- |")
    for name in sorted(checked, key=lambda n: list(CATEGORIES).index(n) if n in CATEGORIES else 99):
        print("| %s | %s | %d | %d | %d |" % (name, CATEGORIES.get(name, ""), checked[name],
                                             sum(failed[name].values()), len(failed[name])))
    for name in [name for name in failed if failed[name]]:
        print("\n### %s\n" % name)
        for op, count in failed[name].most_common():
            method, uri, status = examples[(name, op)]
            print("- %s: %d, e.g. %s %s -> %s" % (op, count, method, uri[:200], status))


if __name__ == "__main__":
    main(sys.argv[1])
