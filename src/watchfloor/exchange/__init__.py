"""Exchange formats: GDELT, ACLED, PLOVER, CSV, JSON Lines, Parquet and GeoJSON."""
