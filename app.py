"""careerbot's web entry point: `python app.py` serves the chat page, widget and API on settings.host:port.

Wiring only: read Settings once, build the one Runtime, hand both to
bot.web.server.create_app, run uvicorn. All logic lives in bot/web/.
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
    from bot.web.server import create_app

    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(settings, Runtime(settings))
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())


if __name__ == "__main__":
    main()
