"""Make the README's dashboard screenshots: ingest the sample corpus into a temporary
database (or use --db), serve it on a free loopback port, and photograph the overview
and one event page with Debian's headless Chromium driven by Selenium.

Usage: .venv/bin/python scripts/screenshots.py [--db watchfloor.db] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from watchfloor.api import ingest
from watchfloor.serve import create_app
from watchfloor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str) -> tuple[uvicorn.Server, str]:
    port = free_port()
    config = uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                            log_level="warning")  # fmt: skip
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def browser(profile: str, width: int, height: int) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={profile}",
                 f"--window-size={width},{height}", "--hide-scrollbars"):  # fmt: skip
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database (default: the sample corpus)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "demo.db")
        if not args.db:
            ingest([ROOT / "examples" / "corpus"], Settings(db=db))
        server, base = start_server(db)
        driver = browser(str(Path(tmp) / "profile"), 1280, 1880)
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            wait = WebDriverWait(driver, 20)
            driver.get(f"{base}/ui/")
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#map path.has")))
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#dyad-chart rect")))
            driver.find_element(By.CSS_SELECTOR, "#dyads rect.mark").click()
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#evidence-list a")))
            driver.save_screenshot(str(args.out / "overview.png"))
            link = driver.find_element(By.CSS_SELECTOR, "#evidence-list a")
            link.click()
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#mentions mark")))
            driver.set_window_size(1100, 1100)
            driver.save_screenshot(str(args.out / "event.png"))
        finally:
            driver.quit()
            server.should_exit = True
    for name in ("overview.png", "event.png"):
        print(f"{args.out / name} ({(args.out / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
