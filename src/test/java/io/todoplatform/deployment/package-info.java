/**
 * Tests of what ships: the OCI image (built by {@code deploy/image/build.sh}, run with
 * podman), the Helm chart ({@code deploy/helm/todo-platform}, installed into a real
 * Kubernetes API server started by the test), and its alerts and dashboards (promtool,
 * and a real Prometheus scraping the distributed topology).
 */
@NullMarked
package io.todoplatform.deployment;

import org.jspecify.annotations.NullMarked;
