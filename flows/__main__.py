from flows.cli import main

# Guarded: processes started by "spawn" (Dask's LocalCluster workers, process pools) import
# the main module again, and must not run the command a second time.
if __name__ == "__main__":
    main()
