"""Scale-out: extraction on a dask.distributed cluster (``--engine dask``).

    extract_on_dask(documents, settings)   # settings.scheduler: an address, or None
                                           # for a LocalCluster of settings.workers

Needs the ``scale`` extra (``pip install 'watchfloor[scale]'``), imported only when used.
"""

from watchfloor.scale.engine import extract_documents, extract_on_dask

__all__ = ["extract_documents", "extract_on_dask"]
