"""The dashboard driven as a person would: a real uvicorn on a loopback port and Debian's
headless Chromium (Selenium with chromedriver). Skipped, with the reason, when there is
no Chromium; CI installs it (.ci/run)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.api import ingest, ingest_documents
from watchfloor.ingest.jsonl import document_from_record
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.serve import create_app
from watchfloor.settings import Settings
from watchfloor.store import open_store

from .stores import CORPUS, HOSTILE, escalation_extractions

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip(f"no {CHROMIUM} and {CHROMEDRIVER}: apt-get install chromium chromium-driver",
                allow_module_level=True)  # fmt: skip
uvicorn = pytest.importorskip("uvicorn", reason="the serve extra is not installed")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (dev extra) is missing")

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as shows  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WAIT_SECONDS = 30  # a bound on waiting for a page, not a speed check


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn on a free loopback port, over the sample corpus and one hostile article."""
    db = str(tmp_path_factory.mktemp("dashboard") / "dash.db")
    settings = Settings(db=db)
    ingest([CORPUS], settings)
    ingest_documents([document_from_record(HOSTILE, 1, "test")], settings)
    with open_store(settings.db_url) as store:
        for extraction in escalation_extractions():
            store.save_extraction(extraction)
        resolve_pending(store, ResolveRules(load_sources()))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(WAIT_SECONDS)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--window-size=1280,1400"]  # fmt: skip
    for flag in flags:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait_for(browser: WebDriver, selector: str) -> WebElement:
    try:
        return WebDriverWait(browser, WAIT_SECONDS).until(
            shows.presence_of_element_located((By.CSS_SELECTOR, selector))
        )
    except TimeoutException:
        pytest.fail(f"{selector} never appeared on {browser.current_url}")


def follow_to_event(browser: WebDriver, mark: WebElement) -> None:
    """Click a chart mark, then the first event the evidence panel lists."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    link = wait_for(browser, "#evidence-list a[data-event]")
    event_id = link.get_attribute("data-event")
    link.click()
    wait_for(browser, "#mentions li .sentence")
    assert browser.current_url.endswith(f"/ui/event/{event_id}")
    facts = browser.find_element(By.ID, "facts").text
    assert event_id in facts


def test_the_overview_shows_the_events_of_the_store(server: str, browser: WebDriver) -> None:
    browser.get(f"{server}/ui/")
    wait_for(browser, "#recent a[data-event]")
    total = browser.find_element(By.ID, "totals").text
    assert total.endswith(" events") and int(total.split()[0]) > 10
    assert len(browser.find_elements(By.CSS_SELECTOR, "#recent a")) == 15
    wait_for(browser, "#map path.has")
    assert browser.find_elements(By.CSS_SELECTOR, "#map path[data-country='RUS'].has")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline rect.mark")
    assert browser.find_elements(By.CSS_SELECTOR, "#network line.mark")
    wait_for(browser, "#dyad-chart rect.mark")


CHARTS = ["#alerts a.mark", "#timeline rect.mark", "#dyads rect.mark", "#network line.mark",
          "#network g.node", "#dyad-chart rect.mark", "#map path[data-country='RUS']"]  # fmt: skip

# The first mark of the chart whose centre is not covered by another mark, as a person
# would pick one they can see.
_VISIBLE_MARK = """
const marks = [...document.querySelectorAll(arguments[0])];
for (const mark of marks) {
  mark.scrollIntoView({block: 'center'});
  const box = mark.getClientRects()[0] || mark.getBoundingClientRect();  // a link's first line
  const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  if (top && (top === mark || mark.contains(top))) return mark;
}
return null;
"""


@pytest.mark.parametrize("chart", CHARTS)
def test_a_chart_mark_reaches_its_evidence_in_two_clicks(
    server: str, browser: WebDriver, chart: str
) -> None:
    browser.get(f"{server}/ui/")
    wait_for(browser, chart)
    mark = browser.execute_script(_VISIBLE_MARK, chart)
    assert mark is not None, f"every {chart} is hidden under another mark"
    follow_to_event(browser, mark)


def test_an_article_with_markup_shows_as_inert_text(server: str, browser: WebDriver) -> None:
    browser.get(f"{server}/ui/")
    wait_for(browser, "#recent a")
    event_id = browser.execute_script(
        "return fetch('/events?document=hostile-1').then(r => r.json())"
        ".then(page => page.items[0].id)"
    )
    browser.get(f"{server}/ui/event/{event_id}")
    sentence = wait_for(browser, "#mentions li[data-doc='hostile-1'] .sentence")
    mentions = browser.find_element(By.ID, "mentions")
    assert "<script>window.__pwned = 'sentence'</script>" in sentence.text
    assert "<img src=x onerror=" in sentence.text
    assert "<b>Bold</b>" in mentions.text  # the title, as typed
    assert not mentions.find_elements(By.CSS_SELECTOR, "script, img, b, i")
    assert browser.execute_script("return window.__pwned === undefined")
    assert not [e for e in browser.get_log("browser") if "__pwned" in e.get("message", "")]
    browser.find_element(By.CSS_SELECTOR, "#mentions li[data-doc='hostile-1'] a.doc").click()
    wait_for(browser, "#events a[data-event]")
    article = browser.find_element(By.ID, "text")
    assert article.text.startswith("North Korea has sent about 2,000 <script>")
    assert browser.find_element(By.ID, "headline").text.startswith("<b>Bold</b> claims")
    assert "javascript:" in browser.find_element(By.ID, "facts").text  # shown, not linked
    injected = "main script, main img, main b, main a[href^='javascript']"
    assert not browser.find_elements(By.CSS_SELECTOR, injected)
    assert browser.execute_script("return window.__pwned === undefined")
