# $title

A Loket service module (identifier `$identifier`), made with `loket startmodule`.

1. Register it: in your package's `pyproject.toml`

       [project.entry-points."loket.modules"]
       $identifier = "$package.apps.ModuleConfig"

   then `pip install -e .`.
2. Check it: `pytest --loket-conformance $identifier`.
3. Adapt `zaaktype.py`, `forms.py` and the descriptor in `module.py` to your service; run the kit again.

The guide: docs/modules.md in the Loket repository.
