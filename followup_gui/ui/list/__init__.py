"""The applications list page: its model, its table and filters, and the verdict panel."""
