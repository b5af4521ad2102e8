"""CLI commands, one module per feature, registered in ``watchfloor.cli``."""
