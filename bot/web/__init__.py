"""careerbot on the web: the Gradio chat page, the embeddable widget and the JSON + SSE API.

``bot.web.server.create_app(settings, runtime)`` builds the one FastAPI app;
app.py only wires it. Submodules: api (HTTP API), ui (Gradio page), widget
(/widget.js and /embed), security (CORS, CSP, origin checks), ratelimit,
render (answer -> safe HTML/markdown), service (input checks, error mapping),
warmup (background model loading).
"""
