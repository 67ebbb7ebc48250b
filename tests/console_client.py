"""A console user on Flask's test client (for stories that need no browser)."""

from __future__ import annotations

from typing import Any

from flask import Flask

PASSWORD = "s3cret-enough"


class ConsoleClient:
    """Signs in through the real form and posts forms with the CSRF token, as a browser."""

    def __init__(self, app: Flask, email: str, role: str = "seller") -> None:
        added = app.test_cli_runner().invoke(
            args=["users", "add", email, "--role", role, "--password", PASSWORD]
        )
        assert added.exit_code == 0, added.output
        self.client = app.test_client()
        self.token = ""
        response = self.post("/console/login", email=email, password=PASSWORD)
        assert response.status_code == 302, response.get_data(as_text=True)

    def get(self, path: str) -> Any:
        response = self.client.get(path)
        page = response.get_data(as_text=True)
        if 'name="csrf_token" value="' in page:
            self.token = page.split('name="csrf_token" value="')[1].split('"')[0]
        return response

    def post(self, path: str, **form: str) -> Any:
        if not self.token:
            self.get("/console/login")
        response = self.client.post(path, data={"csrf_token": self.token, **form})
        response.close()  # runs what the view left for after the answer, as a server does
        return response
