"""Issue 9 §1: the installed llama.cpp is built portably. A native build on a CPU that
advertises AMX carries AMX tile kernels, which die with SIGILL in a VM that does not enable the
tile state; the portable build (scripts/setup.sh) contains no AMX or AVX-512 instructions."""

import shutil
import subprocess
from pathlib import Path

import llama_cpp


def test_the_cpu_backend_has_no_amx_or_avx512_instructions():
    libs = sorted((Path(llama_cpp.__file__).parent / "lib").glob("libggml-cpu*.so*"))
    assert libs, "llama_cpp ships no libggml-cpu"
    objdump = shutil.which("objdump")
    assert objdump, "objdump (binutils) is needed to inspect the build"
    text = subprocess.run([objdump, "-d", "--no-show-raw-insn", str(libs[0])],
                          capture_output=True, text=True, check=True).stdout
    assert "tileloadd" not in text and "tdpbssd" not in text  # AMX
    assert "%zmm" not in text  # AVX-512 registers
    assert "%ymm" in text  # the AVX2 baseline is there
