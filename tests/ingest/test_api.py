import importlib

# `from watchfloor import ingest` is the ingest job; the package is reached by its name.
ingest = importlib.import_module("watchfloor.ingest")


def test_public_api_is_what_the_package_exports() -> None:
    assert sorted(ingest.__all__) == [
        "NearDuplicateIndex",
        "count_inputs",
        "parse_document_text",
        "read_file",
        "read_paths",
    ]
    for name in ingest.__all__:
        assert getattr(ingest, name) is not None
