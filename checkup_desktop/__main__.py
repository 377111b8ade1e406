from checkup_desktop.cli import main

# The guard matters: the model runs in a spawned child process, which imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
