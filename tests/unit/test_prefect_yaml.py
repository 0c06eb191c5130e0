"""prefect.yaml deploys the pipeline flow, hourly, with parameters the flow accepts, on a process pool."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_deployment_names_the_flow_a_cron_schedule_its_parameters_and_a_work_pool(monkeypatch) -> None:
    from prefect.flows import load_flow_from_entrypoint
    from prefect.schedules import Cron

    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    [deployment] = config["deployments"]
    monkeypatch.chdir(ROOT)  # prefect deploy runs from the repository root
    flow = load_flow_from_entrypoint(deployment["entrypoint"])
    assert flow.name == "reconcile-coverage"
    params = deployment["parameters"]
    assert {"sources", "db", "report_dir"} <= params.keys()
    validated = flow.validate_parameters(params)  # raises on a name the flow does not take, or a wrong type
    assert {k: validated[k] for k in params} == params
    assert all((ROOT / s).is_dir() for s in params["sources"])
    [schedule] = deployment["schedules"]
    assert Cron(schedule["cron"], timezone=schedule["timezone"]).cron == "0 * * * *"
    assert deployment["work_pool"]["name"] == "claims-process"
    assert "prefect work-pool create claims-process --type process" in (ROOT / "prefect.yaml").read_text()
    assert config["prefect-version"] == "3.9.1"
