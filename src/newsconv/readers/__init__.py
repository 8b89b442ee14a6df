"""Readers: one module or package per input format, meeting writers only in the model."""
