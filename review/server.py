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
            # uvicorn's own middleware (>= 0.31): only when the direct peer is a trusted
            # proxy does the client address come from X-Forwarded-For, and then the
            # right-most entry that is not itself a trusted proxy, so entries a client
            # wrote to the left are never taken. Explicit, so FORWARDED_ALLOW_IPS in the
            # environment can never widen it; off with no proxies configured.
            proxy_headers=bool(config.trusted_proxies),
            forwarded_allow_ips=list(config.trusted_proxies),
            log_level="info",
        )
    )
    server.run()
