"""The notebooks run top to bottom (nbclient, the venv's Python kernel) and are committed without outputs."""

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.mark.parametrize("name", ["explore.ipynb", "your_scenario.ipynb"])
def test_notebook_runs_top_to_bottom(name):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed: notebook tests skipped")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed: notebook tests skipped")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed: notebook tests skipped")
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    # committed clean: no outputs, no execution counts
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: clear the outputs before committing"
    client = nbclient.NotebookClient(book, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if any cell fails
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # the last cell shows the map
    assert "text/html" in book.cells[-1].outputs[-1].get("data", {})
