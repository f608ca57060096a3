"""One module per warehouse table: plain functions from parsed articles to an Arrow table."""
