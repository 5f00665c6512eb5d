"""careerbot's web entry point: `python app.py` serves the chat page, widget and API on settings.host:port.

Wiring only: read Settings once, build the one Runtime, hand both to
bot.web.server.create_app, run uvicorn. All logic lives in bot/web/.
In the terminal: where the page is, whether this first start must convert the
model (its progress bar follows), and the URL to open once it is ready.
"""

from __future__ import annotations

import logging
import os


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import uvicorn

    from bot.chain import Runtime
    from bot.config import Settings
    from bot.engines.model_store import cache_is_complete, converted_dir
    from bot.office.redact import install_log_redaction
    from bot.web.server import create_app
    from bot.web.warmup import announce_when_ready, browser_url

    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()  # e-mails, phones and student IDs never reach a log line
    url = browser_url(settings.host, settings.port)
    first_start = settings.engine == "local" and not cache_is_complete(converted_dir(settings.model_cache_dir))
    print(
        f"careerbot: serving {url}; the page shows the model loading until it is ready"
        + (
            "; first start on this machine: reassembling and converting the model (about 80 s, progress bar below)"
            if first_start
            else ""
        ),
        flush=True,
    )
    app = create_app(settings, Runtime(settings))
    announce_when_ready(app.state.deps.warmup, url)
    # No access log (it would write every client address); X-Forwarded-For is read only from
    # CAREERBOT_TRUSTED_PROXIES (bot/web/server.py), so uvicorn's own proxy-header handling is off.
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        access_log=False,
        proxy_headers=False,
    )


if __name__ == "__main__":
    main()
