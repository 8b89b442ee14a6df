"""WeasyPrint's half of the PDF writer: a composed page in, PDF bytes out.

The PDF writer (:mod:`newsconv.writers.pdf`) composes the page from the model: its HTML,
its stylesheet and the images it may show. A :class:`PdfJob` lays that out. This module
imports neither the model nor the HTML writer, so that a forked child
(:mod:`newsconv.forked`) loads only this and WeasyPrint while its parent reads the article
and composes the page.

Everything WeasyPrint loads (images, a user stylesheet's ``url()``) goes through
:func:`policy_fetcher`, so a page can make it read nothing outside what
:mod:`newsconv.resources` allows; a refusal is a warning and the image's caption stays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.errors import OutputError, ResourceError
from newsconv.limits import CALLS_PER_LEVEL, MAX_DEPTH, recursion_room
from newsconv.resources import Resource, ResourcePolicy, fetch
from newsconv.writers.engine import load_weasyprint
from newsconv.writers.hyphenation import lazy_hyphenation

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcherResponse

__all__ = ["PdfJob", "PdfVariant", "policy_fetcher", "prepare"]

PdfVariant = Literal["pdf/a-3b", "pdf/ua-1"]


def prepare() -> None:
    """Import WeasyPrint ahead of the first job (see :mod:`newsconv.forked`)."""
    load_weasyprint()


@dataclass(frozen=True, slots=True)
class PdfJob:
    """A page ready to lay out: its HTML, its stylesheet, and the images it may show
    (by the names the page uses); ``policy`` decides about anything else it asks for."""

    page: str
    css: str
    images: Mapping[str, Resource]
    policy: ResourcePolicy
    variant: PdfVariant | None = None

    def run(self, report: Reporter) -> bytes:
        """The PDF. WeasyPrint recurses a few calls per nested element: it gets the stack
        room of the deepest document newsconv accepts."""
        weasyprint = load_weasyprint()
        fetcher = policy_fetcher(self.images, self.policy, report)
        document = weasyprint.HTML(string=self.page, url_fetcher=fetcher)
        stylesheets = [weasyprint.CSS(string=self.css, url_fetcher=fetcher)]
        try:
            with lazy_hyphenation(), recursion_room(CALLS_PER_LEVEL * MAX_DEPTH):
                pdf: bytes = document.write_pdf(
                    stylesheets=stylesheets, pdf_variant=self.variant, uncompressed_pdf=False
                )
        except RecursionError as err:
            raise OutputError("blocks nested too deeply for WeasyPrint to lay out") from err
        return pdf


def policy_fetcher(
    images: Mapping[str, Resource], policy: ResourcePolicy, report: Reporter
) -> object:
    """A WeasyPrint URL fetcher that serves ``images`` and asks ``policy`` for anything else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class PolicyFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            resource = images.get(url)
            if resource is None:
                try:
                    resource = fetch(url, policy=policy)
                except ResourceError as err:
                    report(Diagnostic("warning", "resource-blocked", f"not loaded: {err}"))
                    raise
            headers = {"Content-Type": resource.media_type}
            return URLFetcherResponse(resource.url, resource.data, headers)

    return PolicyFetcher()
