"""Counts what a schemathesis run sent and what failed, from its VCR cassette (src/benchmark/schemathesis.sh).

Usage: python schemathesis_summary.py <run folder>. Prints Markdown: requests by phase, mode and status, and per check
how many requests failed it, on which operations, with one example each.
"""
import collections
import glob
import re
import sys

import yaml

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


def operation(request):
    path = re.sub(r"https?://[^/]+", "", request["uri"]).split("?")[0]
    path = re.sub(r"/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "/{id}", path)
    path = re.sub(r"^(/api/v1/(?:tasks|recurring-tasks|reminders))/[^/]+", r"\1/{id}", path)
    return request["method"] + " " + path


def main(run_dir):
    cassettes = glob.glob(run_dir + "/report/vcr-*.yaml")
    if not cassettes:
        print("No cassette in " + run_dir)
        return
    interactions = []
    for cassette in cassettes:
        interactions += yaml.safe_load(open(cassette))["http_interactions"]
    phases, modes, statuses = collections.Counter(), collections.Counter(), collections.Counter()
    checked, failed = collections.Counter(), collections.defaultdict(collections.Counter)
    examples = {}
    for interaction in interactions:
        request, response = interaction["request"], interaction.get("response") or {}
        phases[(interaction.get("phase") or {}).get("name", "?")] += 1
        modes[(interaction.get("generation") or {}).get("mode", "?")] += 1
        status = str((response.get("status") or {}).get("code", "no response"))
        statuses[status[0] + "xx" if status[0].isdigit() else status] += 1
        for check in interaction.get("checks") or []:
            checked[check["name"]] += 1
            if check["status"] == "FAILURE":
                key = (check["name"], operation(request))
                failed[check["name"]][key[1]] += 1
                examples.setdefault(key, (request["method"], request["uri"], status, check.get("message")))
    print("## Requests\n")
    print("- total: %d" % len(interactions))
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
            method, uri, status, message = examples[(name, op)]
            print("- %s: %d, e.g. %s %s -> %s%s" % (op, count, method, uri[:200], status,
                                                   (": " + message.splitlines()[0][:200]) if message else ""))


if __name__ == "__main__":
    main(sys.argv[1])
