"""Startup check: every module's case panel names a view that imports."""

from django.core import checks
from django.utils.module_loading import import_string


@checks.register()
def check_case_panels(app_configs=None, **kwargs):
    from loket.modules.registry import register

    errors = []
    for module in register:
        panel = module.descriptor.case_panel
        if panel is None:
            continue
        try:
            import_string(panel.view)
        except ImportError as error:
            errors.append(
                checks.Error(
                    f"Module {module.identifier!r}: case panel view {panel.view!r} does not import ({error}).",
                    id="loket.backoffice.E001",
                )
            )
    return errors
