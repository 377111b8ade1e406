"""PyInstaller entry point of the frozen app: the same commands as `checkup-desktop`, plus
`--frozen-selfcheck` for the build's smoke test (native llama libs, spawn child, bundled
model, resources: the parts only a frozen layout can break)."""

import multiprocessing
import sys


def selfcheck() -> int:
    import json

    import keyring  # the history key lives in the OS keyring: backends are plug-ins

    from checkup_desktop.core import knowledge
    from checkup_desktop.core.llm import manager
    from checkup_desktop.core.llm.locate import default_model_path
    from checkup_desktop.core.llm.runtime import ModelRuntime
    from checkup_desktop.paths import resources_dir

    model = default_model_path()
    with ModelRuntime(model, n_ctx=256, threads=1, gpu_layers=0) as rt:
        done = rt.complete_text([{"role": "user", "content": "Say OK."}], max_tokens=8)
    json.dump({"frozen": bool(getattr(sys, "frozen", False)), "model": str(model),
               "resources_dir": str(resources_dir()),
               "knowledge_dir": str(knowledge.DEFAULT_DIR),
               "knowledge_found": (knowledge.DEFAULT_DIR / "index.toml").is_file(),
               "manifest_found": manager.MANIFEST_PATH.is_file(),
               "keyring_backend": type(keyring.get_keyring()).__module__,
               "generated_tokens": done.generated_tokens, "text": done.text}, sys.stdout)
    print()
    ok = done.generated_tokens > 0 and (knowledge.DEFAULT_DIR / "index.toml").is_file()
    return 0 if ok else 1


if __name__ == "__main__":
    # First, before any import that could start work: the model runs in a spawn-context
    # child, which in a frozen app is this same executable started with
    # --multiprocessing-fork; freeze_support() turns that start into the child's job.
    multiprocessing.freeze_support()
    if sys.argv[1:] == ["--frozen-selfcheck"]:
        sys.exit(selfcheck())

    from checkup_desktop.cli import main

    sys.exit(main())
