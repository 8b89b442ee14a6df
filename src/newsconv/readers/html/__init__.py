"""The HTML reader: a saved web page or an article fragment to a document."""
