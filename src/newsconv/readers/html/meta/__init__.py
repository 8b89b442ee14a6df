"""Pieces of the HTML metadata reader: one source or one clean-up rule per module.

:mod:`newsconv.readers.html.metadata` ranks what these find and builds the ``Metadata``.
"""
