"""A knowledge-base name, in the two languages the TOML files hold."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Names(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    zh: str
