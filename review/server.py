"""Serving the review with uvicorn, on the loopback address unless told otherwise."""

from __future__ import annotations

import uvicorn

from review.app import create_app
from review.config import ReviewConfig

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(config: ReviewConfig, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run until interrupted. Put it behind an HTTPS proxy to reach it from elsewhere."""
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            host=host,
            port=port,
            ws="none",
            lifespan="off",
            server_header=False,
            proxy_headers=False,
            log_level="info",
        )
    )
    server.run()
