"""CLI commands beyond the core ones, one module per concern, registered in captionist.cli."""
