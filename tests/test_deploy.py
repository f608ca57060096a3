"""The deployments: nightly on a 02:00 Amsterdam cron, ad hoc unscheduled with a typed parameter form."""

from deploy.serve import NIGHTLY_CRON, TIMEZONE, deployments


def test_nightly_is_scheduled_adhoc_is_not():
    nightly, adhoc = deployments()
    assert nightly.name == "nightly" and adhoc.name == "adhoc"
    (schedule,) = nightly.schedules
    assert schedule.schedule.cron == NIGHTLY_CRON == "0 2 * * *"
    assert schedule.schedule.timezone == TIMEZONE == "Europe/Amsterdam"
    assert not adhoc.schedules


def test_adhoc_parameters_render_as_a_typed_form():
    from prefect.utilities.callables import parameter_schema

    from flows.adhoc import adhoc_flow

    schema = parameter_schema(adhoc_flow.fn)
    props = schema.properties
    assert schema.required == ["paths"]
    assert props["paths"]["type"] == "array" and props["paths"]["items"]["type"] == "string"
    assert props["force"]["type"] == "boolean"
    assert "Parser processes" in props["workers"]["description"]
