"""Key management over HTTP, behind the admin key: ``/admin/keys``.

``POST /admin/keys`` ``{"name", "routes"?, "daily_usd"?, "rpm"?}`` creates a key and answers
it once; ``GET /admin/keys`` lists the records (never a key, never a hash);
``DELETE /admin/keys/NAME`` revokes. The admin key comes from ``[gateway] admin_key`` or
``$LLMGATE_ADMIN_KEY``; with neither, these endpoints do not exist (404), so a gateway
never has a key-management door that nobody locked.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from llmgate.gateway._errors import HTTPError, bad_request
from llmgate.gateway._keys import KeyExistsError, KeyStore, VirtualKey, make_key
from llmgate.gateway._wire import check_keys, dumps, loads_object, need

__all__ = ["Admin", "admin_key"]

PREFIX = "/admin/keys"


def admin_key(configured: str | None) -> str | None:
    key = configured or os.environ.get("LLMGATE_ADMIN_KEY") or None
    return key if key and len(key) >= 16 else None


class Admin:
    def __init__(
        self,
        store: KeyStore,
        key: str,
        routes: list[str],
        on_revoke: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self._key = key.encode()
        self.routes = routes
        self.on_revoke = on_revoke  # the gateway's key cache forgets the revoked key

    def authorize(self, headers: Any) -> None:
        auth = headers.get("authorization") or ""
        scheme, _, value = auth.partition(" ")
        given = value.strip() if scheme.lower() == "bearer" else ""
        given = given or headers.get("x-api-key") or ""
        # compare_digest on bytes of any length: the time does not depend on the content.
        if not hmac.compare_digest(given.encode("utf-8", "replace"), self._key):
            raise HTTPError(401, "authentication", "the admin key is needed here", code="admin")

    async def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, bytes]:
        self.authorize(headers)
        if path == PREFIX and method == "GET":
            return 200, dumps(
                {"object": "list", "data": [_public(k) for k in await self.store.list()]}
            )
        if path == PREFIX and method == "POST":
            return await self._create(loads_object(body))
        name = path[len(PREFIX) + 1 :] if path.startswith(PREFIX + "/") else ""
        if name and method == "DELETE":
            if not await self.store.revoke(name):
                raise HTTPError(404, "not_found", f"no active key named {name!r}", code="no_key")
            if self.on_revoke is not None:
                self.on_revoke(name)
            return 200, dumps({"name": name, "revoked": True})
        raise HTTPError(404, "not_found", f"no endpoint {method} {path}", code="unknown_url")

    async def _create(self, body: dict[str, Any]) -> tuple[int, bytes]:
        check_keys(body, frozenset({"name", "routes", "daily_usd", "rpm"}), "")
        name = need(body.get("name"), "str", "name")
        if not name or len(name) > 100 or "," in name:
            raise bad_request("name: 1-100 characters, no commas", param="name")
        routes = None
        if body.get("routes") is not None:
            routes = [
                need(r, "str", f"routes[{i}]")
                for i, r in enumerate(need(body["routes"], "list", "routes"))
            ]
            unknown = [r for r in routes if r not in self.routes and ":" not in r]
            if unknown:
                raise bad_request(f"routes: unknown route(s) {unknown}", param="routes")
        daily = None
        if body.get("daily_usd") is not None:
            raw = body["daily_usd"]
            try:
                daily = Decimal(
                    str(need(raw, "number", "daily_usd") if not isinstance(raw, str) else raw)
                )
            except InvalidOperation:
                raise bad_request("daily_usd: not an amount", param="daily_usd") from None
            if not daily.is_finite() or daily < 0:
                raise bad_request("daily_usd: must be >= 0", param="daily_usd")
        rpm = None
        if body.get("rpm") is not None:
            rpm = need(body["rpm"], "int", "rpm")
            if rpm < 1:
                raise bad_request("rpm: must be at least 1", param="rpm")
        secret, record = make_key(name, routes, daily, rpm)
        try:
            await self.store.create(record)
        except KeyExistsError as exc:
            raise HTTPError(409, "invalid_request", str(exc), code="key_exists") from None
        return 201, dumps({**_public(record), "key": secret})


def _public(k: VirtualKey) -> dict[str, Any]:
    return {
        "name": k.name,
        "routes": list(k.routes) if k.routes is not None else None,
        "daily_usd": None if k.daily_usd is None else str(k.daily_usd),
        "rpm": k.rpm,
        "created": k.created,
        "revoked": k.revoked,
    }
