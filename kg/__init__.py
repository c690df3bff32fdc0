"""regiokg: knowledge graphs of cooperation between Russia's regions, read from Russian news."""

__version__ = "0.1.0"
