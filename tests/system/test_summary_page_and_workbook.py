"""The summaries people open: the HTML page in a browser, the workbook in Excel."""

import shutil
import subprocess

import pytest
from PIL import Image

from tests.support.export_fixtures import (
    summary_page,
)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return summary_page(tmp_path_factory.mktemp("html"))


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs headless chromium")
def test_html_renders_in_chromium_without_overlap(page, tmp_path):
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--screenshot={shot}",
            "--window-size=900,1400",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    image = Image.open(shot).convert("L")
    assert image.size == (900, 1400)
    right = image.crop((880, 0, 900, 1400))  # a margin at the edge: nothing spills over it
    assert min(right.get_flattened_data()) > 200
    across = image.crop((800, 0, 840, 1400))  # the tables take the window's width (their rules reach here)
    assert min(across.get_flattened_data()) < 240
    dark = sum(1 for value in image.get_flattened_data() if value < 128)
    assert dark > 0.01 * image.width * image.height
